"""icebench's Python worker: the same protocol and timing rules as the JVM worker."""
