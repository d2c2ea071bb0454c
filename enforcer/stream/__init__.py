"""The live-stream adapter: Kafka in, the same Engine as `enforcer backtest`, Kafka out."""
