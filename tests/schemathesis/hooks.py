"""Schemathesis hooks for tests/schemathesis/run (loaded through SCHEMATHESIS_HOOKS).

tus sends a file's bytes as `application/offset+octet-stream`, a media type
schemathesis has no serializer for: send them as raw bytes, like
`application/octet-stream`.
"""

import json

import schemathesis


@schemathesis.serializer("application/offset+octet-stream")
def tus_chunk(ctx, value):
    if isinstance(value, (bytes, bytearray)):
        data = bytes(value)
    elif isinstance(value, str):
        data = value.encode("utf-8")
    elif isinstance(value, list) and all(isinstance(v, int) and 0 <= v < 256 for v in value):
        data = bytes(value)
    else:
        data = json.dumps(value).encode("utf-8")
    return data
