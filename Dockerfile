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
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
