"""Extraction: raw bytes or HTML → original text and metadata.  (PLACEHOLDER: being built.)"""

from __future__ import annotations

from newsweave.model import Extracted, InputError, RawDocument
from newsweave.options import Options


def extract(raw: RawDocument, options: Options) -> Extracted:
    data = raw.data
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InputError(raw.uri, "not UTF-8") from e
    return Extracted(uri=raw.uri, text=data, published=raw.published, outlet=raw.outlet)
