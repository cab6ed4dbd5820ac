# One image for the web app, the worker and the set-up job (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build
ENV NODE_ENV=production
EXPOSE 3000
# Same Node flags and server as `npm start` (scripts/services.ts); it listens on PORT.
ENV PORT=3000
CMD ["node", "--max-old-space-size=256", "--disable-proto=delete", "--import", "tsx", "server.ts"]
