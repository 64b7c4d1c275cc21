"""The database-backed queue that processes batch writes and report jobs."""
