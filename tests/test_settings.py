import pytest

from detente import settings
from detente.errors import ConfigError


def test_settings_every_setting_documented_in_readme(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    missing = [s.name for s in settings.SETTINGS
               if f"DETENTE_{s.name.upper()}" not in readme]
    assert missing == []


def test_settings_each_has_help_and_default():
    for s in settings.SETTINGS:
        assert len(s.help) > 20, s.name
    assert len({s.name for s in settings.SETTINGS}) == len(settings.SETTINGS)


def test_settings_env_overrides_default(monkeypatch):
    monkeypatch.setenv("DETENTE_BATCH_SIZE", "7")
    assert settings.get("batch_size") == 7
    assert settings.get("batch_size", 3) == 3


def test_settings_bad_env_value_names_variable(monkeypatch):
    monkeypatch.setenv("DETENTE_BATCH_SIZE", "many")
    with pytest.raises(ConfigError, match="DETENTE_BATCH_SIZE"):
        settings.get("batch_size")


def test_settings_unknown_name_lists_valid():
    with pytest.raises(ConfigError, match="model"):
        settings.get("nope")
