# Build with the project's own Maven wrapper, run on a JRE as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw dependency:go-offline
COPY src src
RUN ./mvnw -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /app app
WORKDIR /app
COPY --from=build /src/target/findings-tracker-*.jar /app/app.jar
USER app
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
