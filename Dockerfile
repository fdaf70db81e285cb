# syntax=docker/dockerfile:1
# Production image of the budget execution tracker: one image, two roles (ROLE=api | worker | all).
# Debian slim, not Alpine: the KurrentDB client's native bridge and better-sqlite3 are built and tested
# against glibc; Node 20 because better-sqlite3 12.x is pinned for it (docs/adr/0005-toolchain-pins.md).
ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: compile native modules and the TypeScript sources -------------------------------------
FROM ${NODE_IMAGE} AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
# Install scripts run only for the packages package.json's allowScripts approves (npm 10 ignores that list).
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && npm rebuild better-sqlite3 msgpackr-extract @swc/core
COPY tsconfig.json .swcrc ./
COPY apps ./apps
COPY libs ./libs
COPY src ./src
COPY demo ./demo
RUN npm run build && npm prune --omit=dev --ignore-scripts

# --- runtime: production dependencies and the build, as the unprivileged `node` user ----------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=3000 \
    HOST=0.0.0.0 \
    REDIS_AUTOSTART=false \
    LOG_FORMAT=json \
    ROLE=all
WORKDIR /app
# a CJK font: the charts in alert e-mails are drawn on the server, with Chinese labels
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-wqy-microhei \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/demo ./demo
COPY --chown=root:root package.json ./
# The code is root-owned and read-only to the process; only DATA_DIR (idempotency keys, import uploads,
# the SQLite files on the embedded default) is writable.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# glibc malloc arenas: 2, not 8 per core (src/memory-policy.ts SERVER_PROCESS_ENV, ADR 0023)
ENV MALLOC_ARENA_MAX=2
# SIGTERM lets in-flight requests and jobs finish (SHUTDOWN_TIMEOUT_MS); run with an init (compose: init: true).
CMD ["node", "dist/src/main.js"]
