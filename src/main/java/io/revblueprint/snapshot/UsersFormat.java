package io.revblueprint.snapshot;

import io.revblueprint.crm.Role;
import io.revblueprint.crm.User;

import java.sql.SQLException;
import java.util.List;

/** users.csv */
final class UsersFormat extends SnapshotFormat<User> {

    UsersFormat() {
        super("users.csv", true, "crm_user", "user_id",
                List.of("user_id", "name", "role", "team_id"),
                List.of("email", "active"),
                List.of("user_id", "name", "email", "role", "team_id", "active"));
    }

    @Override
    User parse(Fields fields) {
        return new User(
                fields.requiredText("user_id"),
                fields.requiredName("name"),
                fields.text("email"),
                fields.requiredEnum("role", Role.class),
                fields.requiredText("team_id"),
                fields.bool("active", true));
    }

    @Override
    void bind(RowValues values, User user) throws SQLException {
        values.text(user.userId()).text(user.name()).text(user.email()).name(user.role()).text(user.teamId())
                .bool(user.active());
    }

    @Override
    String id(User user) {
        return user.userId();
    }

    @Override
    List<Reference<User>> references() {
        return List.of(new Reference<>("team_id", "team", "crm_team", "team_id", User::teamId));
    }
}
