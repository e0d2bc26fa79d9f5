# Plenary in a container: Node 20 on Debian bookworm, production dependencies only, run as the non-root `node`
# user, SQLite database (and the chart cache beside it) on the /app/data volume.
#
#   docker build -t plenary .
#   docker run -d --name plenary --env-file plenary.env -v plenary-data:/app/data -e HEALTH_PORT=9464 plenary
#
# tsx runs the TypeScript sources directly and is a runtime dependency, so `npm ci --omit=dev` keeps it.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 downloads a prebuilt binary when one exists for this Node and CPU, else compiles from source.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/app/data/plenary.db \
    LOG_LEVEL=info
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY adapters ./adapters
COPY knowledge ./knowledge
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
# SIGTERM stops taking work, finishes what is in flight (at most 5 s), closes the database and exits 0.
STOPSIGNAL SIGTERM
# Only when HEALTH_PORT is set; the check runs inside the container, so HEALTH_HOST may stay 127.0.0.1.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "const p=process.env.HEALTH_PORT;if(!p)process.exit(0);fetch('http://127.0.0.1:'+p+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node directly (not npm) so the process receives SIGTERM itself; the young-generation cap is npm start's (README,
# "Memory").
CMD ["node", "--max-semi-space-size=4", "--import", "tsx", "adapters/main.ts"]
