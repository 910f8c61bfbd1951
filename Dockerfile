# Rapport for a PostgreSQL deployment: see README "Deploying".
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot bot
COPY coach coach
COPY nlp nlp
COPY storage storage
RUN pip install --no-cache-dir .
# Notes wait here while the database is unreachable: keep it on a volume.
VOLUME /app/data
ENV RAPPORT_SPOOL__PATH=/app/data/spool.jsonl
EXPOSE 8080
# Migrations on start (idempotent; several replicas may race, Alembic's lock row decides).
CMD ["sh", "-c", "rapport db upgrade && exec rapport run --webhook"]
