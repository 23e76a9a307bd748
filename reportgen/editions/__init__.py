"""Editions: earlier editions, kept as snapshots beside topics.yaml and read back."""
