# Two stages: Maven builds the jar and splits it into Spring Boot's layers; the image holds only a JRE and the layers,
# dependencies first, so a code change rebuilds one thin layer. Build: docker build -t revenue-blueprint:0.1.0 .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY .mvn .mvn
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY templates templates
COPY benchmarks-data benchmarks-data
RUN mvn -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/revenue-blueprint.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --gid 10001 blueprint && useradd --uid 10001 --gid 10001 --no-create-home blueprint
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001:10001
# C1 only: on two cores C2's compilations take the CPU the rendering needs (1M leads on MySQL: 199 blueprints in 14 s
# against 22 s, 250 MB less memory; the import 0-15 s slower, depending on the machine, so a night is about as long,
# a rerun of a period faster). Not for the embedded H2, whose engine needs C2 (1M import: 133 s against 228 s).
ENTRYPOINT ["java", "-XX:TieredStopAtLevel=1", "org.springframework.boot.loader.launch.JarLauncher"]
