"""spaCy imported without its command line.

`spacy/__init__.py` imports `spacy.cli` (typer, weasel, rich, the project commands: a quarter
of a second of CPU, a tenth of a whole `newsmine predict`) only to re-export `spacy.info`.
While spaCy is first imported here, a placeholder stands in for `spacy.cli.info`; it is
removed at once, so that a later `import spacy.cli` loads the real package, and `spacy.info`
imports the real function when called. When spaCy is already loaded nothing is changed."""

import sys
from types import ModuleType


def _info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _import_spacy() -> ModuleType:
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli, info = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")
    cli.__path__, info.info = [], _info
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    try:
        import spacy
    finally:
        for name, placeholder in (("spacy.cli.info", info), ("spacy.cli", cli)):
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
    return spacy


spacy = _import_spacy()
