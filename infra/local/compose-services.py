#!/usr/bin/env python3
"""Rewrites the domain services and the gateway in docker-compose.yml from infra/local/services.sh's table:
one entry per service whose project exists, every service knowing every other's addresses (as services.sh does)."""
import os, re, sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
table = open(os.path.join(root, "infra/local/services.sh")).read().split('SERVICE_TABLE="')[1].split('"')[0]
services = [line.split() for line in table.strip().splitlines()]
services = [s for s in services if os.path.exists(os.path.join(root, "services", s[1], s[2] + ".csproj"))]

addresses = "".join(f"  Services__{n}__Http: http://{n}:{h}\n  Services__{n}__Grpc: http://{n}:{g}\n" for n, _, _, h, g in services)
blocks = []
for name, folder, project, http, grpc in services:
    extra = ""
    if name == "registry":
        extra = ("      # Development keys for ID numbers at rest (AES-256-GCM, HMAC blind index): replace outside development.\n"
                 "      Privacy__EncryptionKey: ${CP_DEV_ID_ENCRYPTION_KEY:-ZG9ja2VyLWNvbXBvc2UtaWQtZW5jcnlwdGlvbi1rZXk=}\n"
                 "      Privacy__BlindIndexKey: ${CP_DEV_ID_BLIND_INDEX_KEY:-ZG9ja2VyLWNvbXBvc2UtaWQtYmxpbmQtaW5kZXgta2V5LTMy}\n")
    blocks.append(f"""  {name}:
    <<: *dotnet
    command: ["dotnet", "run", "--no-build", "--project", "services/{folder}/{project}.csproj"]
    environment:
      <<: [*platform-env, *service-addresses]
      OTEL_SERVICE_NAME: {name}
{extra}      Kestrel__Endpoints__Http__Url: http://0.0.0.0:{http}
      Kestrel__Endpoints__Grpc__Url: http://0.0.0.0:{grpc}
    depends_on: *service-deps
    healthcheck:
      test: ["CMD", "curl", "-fsS", "http://127.0.0.1:{http}/health/ready"]
      interval: 5s
      timeout: 3s
      retries: 36
""")
depends = "".join(f"      {n}:\n        condition: service_healthy\n" for n, *_ in services)
gateway = f"""  gateway:
    <<: *dotnet
    command: ["dotnet", "run", "--no-build", "--project", "gateway/ChildProtection.Gateway/ChildProtection.Gateway.csproj"]
    environment:
      <<: [*platform-env, *service-addresses]
      OTEL_SERVICE_NAME: gateway
      Kestrel__Endpoints__Http__Url: http://0.0.0.0:5080
      Kestrel__Endpoints__Grpc__Url: http://0.0.0.0:5081
      Auth__DevTokens__Enabled: "true"
    ports:
      - "5080:5080"
      - "5081:5081"
    depends_on:
{depends}    healthcheck:
      test: ["CMD", "curl", "-fsS", "http://127.0.0.1:5080/health/ready"]
      interval: 5s
      timeout: 3s
      retries: 36

"""
path = os.path.join(root, "docker-compose.yml")
text = open(path).read()
text = re.sub(r"x-service-addresses: &service-addresses\n(  .*\n)*\n", "", text)
text = text.replace("x-service-deps:", "x-service-addresses: &service-addresses\n" + addresses + "\nx-service-deps:", 1)
start = text.index("  registry:\n")
end = text.index("volumes:\n  pgdata:")
text = text[:start] + "\n".join(blocks) + "\n" + gateway + text[end:]
open(path, "w").write(text)
print("docker-compose.yml: " + ", ".join(s[0] for s in services) + ", gateway")
