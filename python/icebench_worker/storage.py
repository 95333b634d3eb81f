"""The run's object storage (the Open message's connection.storage) as each Python engine's settings."""


def is_remote(path):
    return "://" in path and not path.startswith("file:")


def object_store_options(connection):
    """Polars (the Rust object_store crate) storage_options for S3; None when the tables are local."""
    storage = (connection or {}).get("storage")
    if not storage:
        return None
    options = {}
    endpoint = storage.get("endpoint")
    if endpoint:
        options["aws_endpoint_url"] = endpoint
        if endpoint.startswith("http://"):
            options["aws_allow_http"] = "true"
    options["aws_region"] = storage.get("region") or "us-east-1"
    options["aws_virtual_hosted_style_request"] = "false" if _path_style(storage) else "true"
    for ours, theirs in (("access_key_id", "aws_access_key_id"), ("secret_access_key", "aws_secret_access_key"),
                         ("session_token", "aws_session_token")):
        if storage.get(ours):
            options[theirs] = storage[ours]
    return options


def _path_style(storage):
    """As the coordinator decides (ObjectStorage.pathStyleAccess): set, else on for an IP or localhost endpoint."""
    if storage.get("path_style") is not None:
        return bool(storage["path_style"])
    endpoint = storage.get("endpoint")
    if not endpoint:
        return False
    host = endpoint.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0]
    return host == "localhost" or host.startswith("[") or all(c.isdigit() or c == "." for c in host)
