import re
import string

import pytest

from makerkit.errors import MakerkitError
from makerkit.i18n import LANGUAGES, catalogue, current_language, language, set_language, t


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def base(key: str) -> str:
    return key.split("#")[0]


def test_every_key_exists_in_every_language():
    keys = {lang: {base(k) for k in catalogue(lang)} for lang in LANGUAGES}
    assert keys["en"] - keys["fr"] == set(), "keys missing in French"
    assert keys["fr"] - keys["en"] == set(), "keys missing in English"


def test_placeholders_match_between_languages_and_voices():
    """Every form of a key (each language, tu/vous, singular/plural) fills the same fields."""
    forms: dict[str, set[frozenset[str]]] = {}
    for lang in LANGUAGES:
        for key, text in catalogue(lang).items():
            if "#simple" in key:
                continue  # simpler words may leave a detail out
            forms.setdefault(base(key), set()).add(frozenset(fields(text)))
    different = {k: v for k, v in forms.items() if len(v) > 1}
    assert different == {}


def test_french_texts_that_address_the_reader_have_both_voices():
    fr = catalogue("fr")
    for key in fr:
        if "#tu" in key:
            assert key.replace("#tu", "#vous") in fr, key
        if "#vous" in key:
            assert key.replace("#vous", "#tu") in fr, key


def test_no_text_is_empty_or_untranslated_placeholder():
    for lang in LANGUAGES:
        for key, text in catalogue(lang).items():
            assert text.strip(), key
            assert not re.fullmatch(r"TODO.*", text), key


def test_language_from_environment(monkeypatch):
    monkeypatch.setenv("MAKERKIT_LANG", "fr")
    assert current_language() == "fr"
    monkeypatch.delenv("MAKERKIT_LANG")
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert current_language() == "fr"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    monkeypatch.setenv("LANG", "C")
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    assert current_language() in LANGUAGES


def test_unknown_language_is_explained():
    with pytest.raises(MakerkitError) as info:
        set_language("klingon")
    assert "klingon" in str(info.value) and "fr" in str(info.value)


def test_missing_key_shows_the_key_rather_than_nothing():
    assert t("no.such.key") == "no.such.key"


def test_values_are_formatted_for_people():
    with language("en"):
        assert "12.5" in t("core.file_unreadable", path="a", reason=12.5)
        assert "0.30000000000000004" not in t("core.file_unreadable", path="a", reason=0.1 + 0.2)


def test_french_numbers_use_a_decimal_comma():
    assert "12,5" in t("core.file_unreadable", lang="fr", path="a", reason=12.5)
    assert "12.5" in t("core.file_unreadable", lang="en", path="a", reason=12.5)


def test_no_placeholder_takes_the_name_of_a_parameter_of_t():
    """``t(key, lang, voice, **values)``: a field called ``lang`` could never be filled."""
    for lang in LANGUAGES:
        clashing = {
            k for k, text in catalogue(lang).items() if fields(text) & {"key", "lang", "voice"}
        }
        assert clashing == set(), lang


def _command_line_parsers():
    """The command line's parser and the parsers ``makerkit print`` reads its words with."""
    from makerkit.cli import build_parser
    from makerkit.cli.printing import _parsers

    with language("en"):
        return [build_parser(), *_parsers().values()]


def test_every_help_text_of_the_command_line_has_its_french():
    from makerkit.i18n.cli_help import help_texts, translated

    texts = [text for parser in _command_line_parsers() for text in help_texts(parser)]
    missing = [text for text in texts if translated(text, "fr") == text]
    assert missing == [], "add them to makerkit/i18n/help/fr.toml"


def test_every_option_of_every_command_says_what_it_is_for():
    import argparse

    silent = []

    def walk(parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                helped = {choice.dest for choice in action._choices_actions if choice.help}
                silent.extend(f"{parser.prog} {n}" for n in action.choices if n not in helped)
                for sub in action.choices.values():
                    walk(sub)
            elif not action.help:
                silent.append(f"{parser.prog} {'/'.join(action.option_strings) or action.dest}")

    for parser in _command_line_parsers():
        walk(parser)
    assert silent == [], "give them a help text (and its French in makerkit/i18n/help/fr.toml)"


def test_command_line_help_and_usage_errors_in_french(cli, monkeypatch):
    asked = cli("--lang", "fr", "slice", "--help")
    assert asked.status == 0 and "fichier du modèle" in asked.out and "utilisation" in asked.out
    set_language(None)  # --lang chose French for this process: back to the environment's
    monkeypatch.setenv("MAKERKIT_LANG", "fr")
    assert "afficher cette aide" in cli("--help").out
    wrong = cli("model", "nametag")
    assert wrong.status == 2 and "il manque ces arguments" in wrong.err
    monkeypatch.setenv("MAKERKIT_LANG", "en")
    assert "show this help" in cli("--help").out


def test_plurals_are_written_out_not_parenthesised():
    """« 1 problème », « 2 problèmes »: a text with a count says it with {one, other},
    never « problème(s) »."""
    for lang in LANGUAGES:
        lazy = {
            k: text for k, text in catalogue(lang).items() if re.search(r"\w\((s|es|e)\)", text)
        }
        assert lazy == {}, lang


# Numbers that are never 0 or 1 where these texts are said (limits, a workshop's minutes, a
# plate of two or more, a name tag's faces…), or whose key has a ``_one`` twin.
NEVER_ONE = {
    "gcode.hazard_long_pause",
    "gcode.plot_alt_pen",
    "gcode.plot_title_pen",
    "hub.login_throttled",
    "kits.meta_line",
    "model.3mf_too_many_entries",
    "model.3mf_too_many_instances",
    "model.alt_holes",
    "model.cli_nametag_done",
    "model.demo_done",
    "printing.plate_alt",
    "printing.plate_queued",
    "printing.plate_title",
    "robot.arm.drawing_text",
    "robot.arm.shape_unreachable",
}


def test_a_noun_after_a_number_agrees_with_it():
    """« {layers} couches » says « 1 couches »: write ``{layers} {layers:couche|couches}``
    (or a ``one``/``other`` text chosen by ``count``)."""
    nouns = {
        "fr": "points|couches|lignes|parois|problèmes|trous|mouvements|étapes|fichiers|secondes"
        "|participants|travaux|imprimantes|ateliers|cases|faces|traits|erreurs|objets|minutes",
        "en": "points|layers|lines|walls|problems|holes|moves|steps|files|seconds|learners"
        "|jobs|printers|workshops|cells|faces|strokes|errors|objects|minutes",
    }
    for lang in LANGUAGES:
        bare = {
            key.split("#")[0]
            for key, text in catalogue(lang).items()
            if not re.search(r"#(one|other)\b", key)
            and re.search(rf"\{{\w+\}} ({nouns[lang]})\b", text)
        }
        assert bare - NEVER_ONE == set(), lang
