"""What the coach runs on rather than what it coaches: settings and durations, the outage
spool, metrics and health checks, file formats, and cleaning text from outside."""
