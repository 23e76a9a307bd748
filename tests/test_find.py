"""`reportgen find`: every paragraph holding the words, with source, locator, speaker, words marked."""

from conftest import REPO

from reportgen.commands.find import phrase_pattern, visible

TOPICS = REPO / "topics.yaml"


def test_find_locates_a_known_phrase_with_locator_speaker_and_mark(run):
    code, out, err = run("find", "protest was hijacked", "--source", "gwu-panel", "--topics", TOPICS)
    assert code == 0, err
    assert out.startswith('1 paragraph holds "protest was hijacked"')
    assert "GWU panel, para. 21 (gwu-panel) - Merkhat Sharipzhanov" in out
    assert "the **protest was hijacked** by unknown individuals" in out


def test_paragraphs_outside_a_sources_body_say_so(run):
    code, out, _ = run("find", "Kazakstan in Crisis", "--source", "iwpr-interview", "--topics", TOPICS)
    assert code == 0 and "IWPR interview, para. 1 (iwpr-interview)" in out
    assert "[outside the source's body: not quotable]" in out


def test_case_quote_style_and_spacing_do_not_matter(run):
    code, out, _ = run("find", "THE  PROTESTORS'  DEMAND", "--topics", TOPICS)  # the text has ’ and one space
    assert code == 0 and "para. 57" in out and "**the protestors’ demand**" in out


def test_speaker_filter_keeps_only_that_voice(run):
    code, out, _ = run("find", "terrorists", "--speaker", "jones", "--topics", TOPICS)
    assert code == 0
    assert "Pauline Jones" in out and "Sharipzhanov" not in out


def test_no_exact_match_shows_the_closest_passages_with_similarity(run):
    code, out, _ = run("find", "shoot to kil", "--topics", TOPICS)
    assert code == 0
    assert out.startswith('no paragraph holds "shoot to kil"; the closest passages:')
    assert "% similar)" in out and "**shoot to kill**" in out


def test_whole_words_only_at_the_ends():
    assert phrase_pattern("rice").search("rising prices") is None
    assert phrase_pattern("price").search("the price of gas")


def test_control_characters_in_source_text_are_made_visible():
    assert visible("a\x1b[31mred\x07\u202eevil") == "a\\x1b[31mred\\x07\\u202eevil"


def test_unknown_source_and_speaker_name_the_ones_that_exist(run):
    code, _, err = run("find", "gas", "--source", "gwu", "--topics", TOPICS)
    assert code == 2 and "unknown source 'gwu'" in err and "gwu-panel" in err
    code, _, err = run("find", "gas", "--speaker", "Nobody Atall", "--topics", TOPICS)
    assert code == 2 and "no analyst or speaker 'Nobody Atall'" in err and "sharipzhanov" in err


def test_find_loads_sources_and_analysts_without_the_topics_keeping_line_numbers(shipped, run):
    from reportgen.commands.find import load_for_search
    from reportgen.load.schema import load_edition
    full, light = load_edition(shipped), load_for_search(shipped)
    assert light.sources == full.sources and light.analysts == full.analysts and light.topics == ()
    # A problem after the topics is reported at its own line, as `check` reports it.
    text = shipped.read_text(encoding="utf-8").replace("glossary:\n", "glossary:\n  Bad term: [1]\n")
    shipped.write_text(text, encoding="utf-8")
    line = text[:text.index("Bad term")].count("\n") + 1
    code, _, err = run("find", "gas", "--topics", shipped)
    assert code == 2 and f"topics.yaml:{line}:" in err and "glossary term 'Bad term'" in err


def test_find_numbers_paragraphs_as_check_does(tmp_path):
    from conftest import SEEDS

    from reportgen.text.sources import SourceText, read_paragraphs
    odd = "Moderator:\n\u200b\nA  line\twith tabs,\u00a0a no-break space, e\u0301 and a soft\u00adhyphen\n \nEnd.\n"
    texts = [(p.read_text(encoding="utf-8"), kind) for p, kind in zip(sorted(SEEDS.glob("*.txt")),
             ("transcript", "interview", "article", "article", "article"))] + [(odd, "transcript")]
    for text, kind in texts:
        fast = [(p.number, p.text, p.speaker, p.clean) for p in read_paragraphs(kind, text)]
        assert fast == [(p.number, p.text, p.speaker, p.clean) for p in SourceText(tmp_path, kind, text).paragraphs]


def test_an_imported_sources_locator_shows_with_the_paragraph(tmp_path, run):
    vtt = tmp_path / "panel.vtt"
    vtt.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Ann Writer>The reform will stall as the budget "
                   "shrinks.\n\n00:12:31.000 --> 00:12:40.000\n<v Bo Speaker>Prices rose first, and the protests "
                   "followed within a week.\n", encoding="utf-8")
    assert run("init", tmp_path, "--title", "Made up")[0] == 0
    topics = tmp_path / "topics.yaml"
    assert run("source", "add", vtt, "--id", "panel", "--topics", topics)[0] == 0
    code, out, err = run("find", "prices rose first", "--topics", topics)
    assert code == 0, err
    assert "panel, 00:12:31, para. " in out and "- Bo Speaker" in out


def test_a_source_labelled_by_its_id_is_named_once_and_quoted_words_are_the_quoted_speakers(run, tmp_path):
    assert run("init", tmp_path, "--title", "T")[0] == 0
    topics = tmp_path / "topics.yaml"
    news = REPO / "tests" / "fixtures" / "imports" / "news.html"
    assert run("source", "add", news, "--id", "courier-northgate", "--topics", topics)[0] == 0
    code, out, _ = run("find", "few coins", "--topics", topics)
    assert code == 0 and "courier-northgate, para. 3 - Dana Whitfield, quoted (not an analyst)" in out
    code, out, _ = run("find", "the march was peaceful", "--topics", topics)  # the article's own words
    assert code == 0 and "courier-northgate, para. 4 - Mira Okafor\n" in out


def test_quoted_words_in_typewriter_marks_are_the_quoted_speakers(run, tmp_path):
    assert run("init", tmp_path, "--title", "T")[0] == 0
    topics = tmp_path / "topics.yaml"
    article = tmp_path / "wire.txt"
    article.write_text("By Tom Reporter\n''We will appeal the ruling,'' said Dana Whitfield.\n", encoding="utf-8")
    assert run("source", "add", article, "--id", "wire", "--topics", topics)[0] == 0
    code, out, err = run("find", "appeal the ruling", "--topics", topics)
    assert code == 0 and "Dana Whitfield, quoted" in out, out + err
