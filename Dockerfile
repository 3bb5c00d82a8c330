# The service image for docker-compose.yml (Neo4j runs in its own container; NEO4J_URI is set there).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY schema ./schema
COPY cypher ./cypher
COPY data ./data
COPY docs ./docs
USER node
EXPOSE 4000
CMD ["node", "dist/main.js"]
