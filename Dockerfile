FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY db db
COPY jobs jobs
COPY worker worker
COPY cli cli
COPY scheduler scheduler
COPY ingress ingress
RUN pip install --no-cache-dir .
EXPOSE 8000
CMD ["oms", "ingress", "--host", "0.0.0.0"]
