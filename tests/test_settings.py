from dataclasses import fields
from pathlib import Path

import pytest

from readout.errors import SettingsError
from readout.settings import SETTINGS, Settings, load_settings


def test_table_and_dataclass_agree() -> None:
    declared = {s.name: s.default for s in SETTINGS}
    assert declared == {f.name: f.default for f in fields(Settings)}


def test_precedence_file_then_environment(tmp_path: Path) -> None:
    config = tmp_path / "readout.toml"
    config.write_text('[readout]\ndb = "from-file.db"\nbatch_size = 8\n')
    settings = load_settings(config, {"READOUT_DB": "from-env.db"})
    assert settings.db == "from-env.db"
    assert settings.batch_size == 8
    assert settings.with_overrides(db="cli.db").db == "cli.db"


@pytest.mark.parametrize(("environ", "message"), [
    ({"READOUT_BATCH_SIZE": "many"}, "batch_size"),
    ({"READOUT_BATCH_SIZE": "-3"}, "positive"),
])
def test_bad_values_are_refused(tmp_path: Path, environ: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        load_settings(tmp_path / "none.toml", environ)


def test_unknown_setting_in_file(tmp_path: Path) -> None:
    config = tmp_path / "readout.toml"
    config.write_text("[readout]\ncolour = 'blue'\n")
    with pytest.raises(SettingsError, match="unknown setting 'colour'"):
        load_settings(config, {})
