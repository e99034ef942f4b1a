# Built after `mvn -B package`; the CronJob in k8s/ runs it.
FROM eclipse-temurin:17-jre
RUN useradd --uid 10001 --create-home blueprint
WORKDIR /home/blueprint
COPY target/revenue-blueprint.jar /app/revenue-blueprint.jar
USER 10001
ENTRYPOINT ["java", "-jar", "/app/revenue-blueprint.jar"]
