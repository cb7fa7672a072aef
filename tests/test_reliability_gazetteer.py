"""Reliability probes for user gazetteers (issue 9, items 9 and 15): a field of the wrong type is a
one-line error naming the file and the entry; a name that another entry holds is reported, and
replacing a built-in entry takes its ``id:``."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from reliability_tools import GOOD, one_line_error

from newsgraph.graph.cli import main
from newsgraph.loaders.extract.gazetteer import Gazetteer, load_entries
from newsgraph.schema import NewsgraphError


def cli(*args):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("body, field", [
    ("developer: [openai]", "developer"), ("family: {id: gpt}", "family"), ("kind: [model]", "kind"),
    ("en: [Name]", "en"), ("zh_hans: {a: b}", "zh_hans"), ("aliases: [[nested, list]]", "aliases"),
    ("aliases: [{a: b}]", "aliases"), ("aliases: {a: b}", "aliases"), ("domains: [[x.com]]", "domains"),
    ("contextual: true", "contextual"), ("type: [Model]", "type"),
])
def test_a_field_of_the_wrong_type_is_an_error_naming_file_entry_and_field(tmp_path, body, field):
    lines = ["- id: my-model", "  type: Model", "  en: Fine Name"]
    key = body.split(":")[0]
    lines = [line for line in lines if not line.strip().lstrip("- ").startswith(key + ":")] + ["  " + body]
    if key == "id":
        lines[0] = "- type: Model"
    path = tmp_path / "g.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(NewsgraphError) as info:
        Gazetteer.with_user_files([path])
    message = str(info.value)
    assert str(path) in message and "entry 0" in message and f"'{field}'" in message
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = cli("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "g.json"), "--no-db", "--gazetteer", str(path))
    assert result.exit_code == 1 and str(path) in one_line_error(result)


def test_numbers_are_names_too(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("- id: org-360\n  type: Organization\n  en: 360\n  aliases: [3600, Qihoo]\n", encoding="utf-8")
    entry = Gazetteer.with_user_files([path]).entries["org-360"]
    assert entry.name == "360" and "3600" in entry.aliases


def test_a_name_of_a_built_in_entry_on_a_new_entry_is_reported(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("- id: my-model\n  type: Model\n  en: My Model\n  aliases: [OpenAI]\n", encoding="utf-8")
    with pytest.raises(NewsgraphError) as info:
        Gazetteer.with_user_files([path])
    message = str(info.value)
    assert "entry 0 (my-model)" in message and "'OpenAI'" in message and "built-in entry 'openai'" in message
    assert "id: openai" in message


def test_a_name_in_another_script_collides_too(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("- id: my-org\n  type: Organization\n  en: Mine\n  zh_hant: 阿里巴巴\n", encoding="utf-8")
    with pytest.raises(NewsgraphError, match="built-in entry 'alibaba'"):
        Gazetteer.with_user_files([path])


def test_two_user_entries_sharing_a_name_are_reported(tmp_path):
    (tmp_path / "a.yaml").write_text("- id: thing-a\n  type: Model\n  en: Thing Zeta\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("- id: thing-b\n  type: Model\n  en: Thing-Zeta\n", encoding="utf-8")
    with pytest.raises(NewsgraphError, match="already belongs to the entry 'thing-a'"):
        Gazetteer.with_user_files([tmp_path / "a.yaml", tmp_path / "b.yaml"])


def test_replacing_a_built_in_by_its_id_keeps_the_node_and_its_edges(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("- id: openai\n  type: Organization\n  kind: company\n  en: OpenAI\n  aliases: [Open AI Labs]\n",
                    encoding="utf-8")
    gaz = Gazetteer.with_user_files([path])
    assert gaz.lookup("OpenAI").id == "openai" and gaz.lookup("Open AI Labs").id == "openai"
    (tmp_path / "a.txt").write_text("Open AI Labs news\nOpen AI Labs released GPT-5 today.\n", encoding="utf-8")
    out = tmp_path / "g.json"
    result = cli("build", str(tmp_path / "a.txt"), "-o", str(out), "--no-db", "--gazetteer", str(path))
    assert result.exit_code == 0, result.output
    edges = {(e["source"], e["type"], e["target"]) for e in json.loads(out.read_text(encoding="utf-8"))["edges"]}
    assert ("openai", "RELEASED", "gpt-5") in edges


def test_the_cli_reports_a_collision_in_one_line(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("- id: shadow\n  type: Model\n  en: Shadow\n  aliases: [Qwen3]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = cli("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "g.json"), "--no-db", "--gazetteer", str(path))
    assert result.exit_code == 1 and "'Qwen3'" in one_line_error(result) and not (tmp_path / "g.json").exists()


def test_a_field_given_twice_in_an_entry_is_an_error_naming_file_field_and_lines(tmp_path):
    """YAML keeps the second of two equal keys and drops the first without a word: the second aliases here would have
    silently replaced the first."""
    path = tmp_path / "g.yaml"
    path.write_text("- id: my-model\n  type: Model\n  en: Fine Name\n  aliases: [Fine]\n  aliases: [Finer]\n",
                    encoding="utf-8")
    with pytest.raises(NewsgraphError) as info:
        Gazetteer.with_user_files([path])
    message = str(info.value)
    assert str(path) in message and "'aliases' is given twice (lines 4 and 5)" in message and "\n" not in message
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = cli("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "g.json"), "--no-db", "--gazetteer", str(path))
    assert result.exit_code == 1 and str(path) in one_line_error(result)


def test_a_user_gazetteer_may_merge_shared_fields_and_override_one(tmp_path):
    """A merge key (``<<: *defaults``) is YAML's own way to share fields between entries, and a key written next to it
    overrides the merged one: no key given twice (it was refused as an unknown tag once duplicates were checked)."""
    path = tmp_path / "g.yaml"
    path.write_text("- &lab {id: zeta-lab, type: Organization, kind: company, en: Zeta Lab}\n"
                    "- {<<: *lab, id: zeta-labs-eu, en: Zeta Labs Europe}\n", encoding="utf-8")
    entries = {e.id: e for e in load_entries(path)}
    assert set(entries) == {"zeta-lab", "zeta-labs-eu"} and entries["zeta-labs-eu"].kind == "company"
    path.write_text("- {id: zeta-lab, type: Organization, en: Zeta Lab}\n- {? [a, b] : 1}\n", encoding="utf-8")
    with pytest.raises(NewsgraphError) as info:
        load_entries(path)  # an unhashable key: the loader's own one-line error, no traceback
    assert str(path) in str(info.value) and "\n" not in str(info.value)
