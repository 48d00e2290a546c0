# Production image of Tremplin: gunicorn behind whatever proxy terminates TLS.
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY board board
COPY postings postings
RUN pip install .
COPY . .
# Static files are collected at build time (hashed names, compressed copies for whitenoise).
RUN DEBUG=0 SECRET_KEY=collectstatic-only DATABASE_URL=postgres://none@localhost/none \
    python manage.py collectstatic --no-input
EXPOSE 8000
CMD ["sh", "-c", "python manage.py migrate --no-input && gunicorn board.wsgi --bind 0.0.0.0:8000 --workers 3 --access-logfile -"]
