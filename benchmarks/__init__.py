"""Throughput, latency and accuracy measurements that print their numbers (see benchmarks/README.md)."""
