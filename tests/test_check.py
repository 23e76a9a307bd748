"""`reportgen check`: the rules of issue 2, each pinned with real text from the seeds."""

from conftest import FIRST, HEADER, REPO, assert_problem, excerpt

HIJACKED = '"But gradually, the protest was hijacked by unknown individuals."'


def test_shipped_topics_pass(run):
    code, out, err = run("check", REPO / "topics.yaml")
    assert code == 0, err
    assert "5 sources" in out and "5 topics" in out
    assert "Coverage" in out


def test_a_verbatim_quote_passes_and_gets_its_paragraph(project, run):
    path = project(HEADER + excerpt("gwu", "sharipzhanov", HIJACKED, stance="hijacked"))
    code, out, err = run("check", path)
    assert code == 0, err
    assert "1 excerpts" in out and "turn 1" in out


def test_verbose_check_lists_each_excerpts_check(project, run):
    quote = '"The initial protest was peaceful in nature and the demonstrators’ demands were genuine"'
    text = HEADER + excerpt("gwu", "sharipzhanov", HIJACKED) + excerpt("iwpr", "sultonnazarov", quote)
    code, out, err = run("check", "-v", project(text))
    assert code == 0, err
    assert f"topics.yaml:{FIRST + 2}:16: causes: Merkhat Sharipzhanov, GWU panel, para. 21: " \
           "turn of Merkhat Sharipzhanov" in out
    assert "IWPR interview, para. 21: interview answer of Sultonnazarov" in out


def test_a_changed_word_fails_and_names_the_closest_passage(project, run):
    quote = '"But gradually, the protest was captured by unknown individuals."'
    path = project(HEADER + excerpt("gwu", "sharipzhanov", quote))
    code, _, err = run("check", path)
    assert code == 1
    line = assert_problem(err, line=FIRST + 2, contains="quote not found in GWU panel")
    assert "closest passage: para. 21" in line and "% similar" in line and "hijacked" in line


def test_straight_quotes_for_curly_ones_pass(project, run):
    # The source writes "don’t" with a curly apostrophe.
    quote = "\"I don't think that they have objective behind them\""
    code, _, err = run("check", project(HEADER + excerpt("gwu", "umarov", quote)))
    assert code == 0, err


def test_a_quote_rewrapped_across_lines_passes(project, run):
    quote = ">-\n          But gradually,\n          the protest was hijacked\n          by unknown   individuals."
    code, _, err = run("check", project(HEADER + excerpt("gwu", "sharipzhanov", quote)))
    assert code == 0, err


def test_dash_variants_fold(project, run):
    # The source has an en dash: "everyone – 20,000".
    quote = '"which is ridiculous for everyone - 20,000 international terrorists"'
    code, _, err = run("check", project(HEADER + excerpt("gwu", "sharipzhanov", quote)))
    assert code == 0, err


def test_letter_case_is_not_folded(project, run):
    quote = '"but gradually, the protest was hijacked by unknown individuals."'
    code, _, err = run("check", project(HEADER + excerpt("gwu", "sharipzhanov", quote)))
    assert code == 1


def test_elided_fragments_in_order_within_one_paragraph_pass(project, run):
    quote = '"But gradually, the protest was hijacked ... In very controversial statements, President Kassym-Jomart ' \
            'Tokayev, called them terrorists … giving the number"'
    code, _, err = run("check", project(HEADER + excerpt("gwu", "sharipzhanov", quote)))
    assert code == 0, err


def test_elided_fragments_out_of_order_fail(project, run):
    quote = '"attacked Almaty only ... But gradually, the protest was hijacked"'
    code, _, err = run("check", project(HEADER + excerpt("gwu", "sharipzhanov", quote)))
    assert code == 1
    assert_problem(err, contains="quote not found")


def test_elided_fragments_across_paragraphs_fail(project, run):
    # Both fragments are Sharipzhanov's, but in paragraphs 21 and 22.
    quote = '"the protest was hijacked by unknown individuals ... some groups organized by the government"'
    code, _, err = run("check", project(HEADER + excerpt("gwu", "sharipzhanov", quote)))
    assert code == 1


def test_a_panelists_quote_attributed_to_another_panelist_fails(project, run):
    code, _, err = run("check", project(HEADER + excerpt("gwu", "umarov", HIJACKED)))
    assert code == 1
    line = assert_problem(err, line=FIRST + 1, contains="Merkhat Sharipzhanov's words, not Temur Umarov's")
    assert "attribute it to 'sharipzhanov'" in line


def test_a_quote_from_the_transcript_header_belongs_to_nobody(project, run):
    quote = '"signals of unrest were present since Nazarbayev left the presidency in 2019"'
    code, _, err = run("check", project(HEADER + excerpt("gwu", "laruelle", quote)))
    assert code == 1
    assert_problem(err, contains="outside every speaker's words")


def test_a_panelists_words_credited_to_an_official_they_mention_fail(project, run):
    # Sharipzhanov names Tokayev in the paragraph, but these are Sharipzhanov's own words (no quotation marks).
    quote = '"20,000 international terrorists operating on the command of a single center"'
    code, out, err = run("check", project(HEADER + excerpt("gwu", "tokayev", quote)))
    assert code == 1
    assert_problem(err, line=FIRST + 1, contains="Merkhat Sharipzhanov's words, not Kassym-Jomart Tokayev's")


def test_interview_unlabelled_answers_belong_to_the_interviewee(project, run):
    quote = '"The initial protest was peaceful in nature and the demonstrators’ demands were genuine"'
    code, out, err = run("check", project(HEADER + excerpt("iwpr", "sultonnazarov", quote)))
    assert code == 0, err
    assert "interview answer 1" in out


def test_interview_questions_are_not_the_interviewees_words(project, run):
    quote = '"What role is China likely to take in the coming days and weeks?"'
    code, _, err = run("check", project(HEADER + excerpt("iwpr", "sultonnazarov", quote)))
    assert code == 1
    assert_problem(err, contains="IWPR's words, not Abakhon Sultonnazarov's")
    code, _, err = run("check", project(HEADER + excerpt("iwpr", "iwpr", quote)))
    assert code == 0, err


def test_article_author_passes(project, run):
    quote = '"Tokayev had thus opted for military intervention as the safe way to resolve the crisis."'
    code, out, err = run("check", project(HEADER + excerpt("schacht", "schacht", quote)))
    assert code == 0, err
    assert "author's own words 1" in out


def test_article_unnamed_author_declared_by_author_of_passes(project, run):
    quote = '"The vacuum is filled with conspiracies and fear."'
    code, _, err = run("check", project(HEADER + excerpt("statement", "author004", quote)))
    assert code == 0, err


def test_an_articles_own_words_are_its_authors_not_a_named_voices(project, run):
    quote = '"The vacuum is filled with conspiracies and fear."'
    code, _, err = run("check", project(HEADER + excerpt("statement", "mallinson", quote)))
    assert code == 1
    assert_problem(err, line=FIRST + 1, contains="is Unnamed author's words, not Kate Mallinson's")


def test_a_quote_from_another_source_says_where_it_is(project, run):
    quote = '"The vacuum is filled with conspiracies and fear."'
    code, _, err = run("check", project(HEADER + excerpt("order", "mallinson", quote)))
    assert code == 1
    assert_problem(err, contains="it is in source 'statement'")


def test_every_problem_is_reported_not_just_the_first(project, run):
    bad = '"the protest was captured"'
    text = HEADER + excerpt("gwu", "umarov", HIJACKED) + excerpt("gwu", "sharipzhanov", bad)
    code, _, err = run("check", project(text))
    assert code == 1
    assert_problem(err, line=FIRST + 1, contains="not Temur Umarov's")
    assert_problem(err, line=FIRST + 5, contains="quote not found")
    assert "2 errors" in err


def test_unknown_ids_name_the_ids_that_exist(project, run):
    text = HEADER + excerpt("gwuu", "umarovv", HIJACKED, stance="hijaked")
    code, _, err = run("check", project(text))
    assert code == 2
    assert "did you mean 'gwu'?" in assert_problem(err, line=FIRST, contains="unknown source 'gwuu'")
    assert "known: laruelle" in assert_problem(err, line=FIRST + 1, contains="unknown analyst 'umarovv'")
    assert "did you mean 'hijacked'?" in assert_problem(err, line=FIRST + 2, contains="unknown stance 'hijaked'")


def test_broken_yaml_gives_line_and_column(project, run):
    path = project(HEADER + "      - source: gwu\n        quote: \"unclosed\n    bad: [\n")
    code, out, err = run("check", path)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    # PyYAML notices at the end of the file; the message points back at the unclosed quote.
    assert err.startswith(f"{path}:{FIRST + 3}:1: error: YAML syntax error")
    assert f"quoted scalar at line {FIRST + 1}, column 16" in err


def test_a_missing_topics_file_is_one_line(tmp_path, run):
    code, _, err = run("check", tmp_path / "nope.yaml")
    assert code == 2
    assert "file not found" in err and len(err.strip().splitlines()) == 1


def test_a_source_outside_the_project_folder_is_refused(project, run):
    text = HEADER.replace("seeds/004_14f71fb0f9d620fa.txt", "../../etc/passwd")
    code, _, err = run("check", project(text + excerpt("gwu", "sharipzhanov", HIJACKED)))
    assert code == 2
    assert_problem(err, line=26, contains="leads outside the folder")


def test_a_missing_source_file_is_named(project, run):
    text = HEADER.replace("004_14f71fb0f9d620fa.txt", "004_missing.txt")
    code, _, err = run("check", project(text + excerpt("gwu", "sharipzhanov", HIJACKED)))
    assert code == 2
    assert_problem(err, line=26, contains="source file 'seeds/004_missing.txt' not found")


def test_duplicate_ids_are_reported(project, run):
    text = HEADER.replace("  umarov: {name: Temur Umarov, role: panelist, kind: person}\n",
                          "  umarov: {name: Temur Umarov}\n  umarov: {name: T. Umarov}\n")
    text += excerpt("gwu", "sharipzhanov", HIJACKED)
    text += "  - id: causes\n    title: Again\n    question: Again?\n    excerpts: []\n"
    code, _, err = run("check", project(text))
    assert code == 2
    assert_problem(err, line=33, contains="duplicate key 'umarov'")
    assert_problem(err, contains="duplicate topic id 'causes'")


def test_an_empty_quote_and_a_wrong_type_are_reported(project, run):
    text = HEADER + excerpt("gwu", "sharipzhanov", '""') + excerpt("gwu", "umarov", "[a, list]")
    text = text.replace("  number: 1", "  number: first")
    code, _, err = run("check", project(text))
    assert code == 2
    assert_problem(err, line=3, contains="'number' must be a whole number")
    assert_problem(err, line=FIRST + 2, contains="'quote' is empty")
    assert_problem(err, line=FIRST + 5, contains="'quote' must be text")


def test_an_unknown_field_suggests_the_declared_one(project, run):
    text = HEADER.replace("  title: Test edition", "  titel: Test edition")
    code, _, err = run("check", project(text + excerpt("gwu", "sharipzhanov", HIJACKED)))
    assert code == 2
    assert "did you mean 'title'?" in assert_problem(err, line=2, contains="unknown field 'titel'")
    assert_problem(err, contains="lacks required field 'title'")


def test_one_voice_holding_most_words_is_a_warning_not_an_error(project, run):
    text = HEADER + excerpt("gwu", "sharipzhanov", HIJACKED) + excerpt("gwu", "umarov", '"Thank you very much."')
    code, _, err = run("check", project(text))
    assert code == 0
    assert "warning: Merkhat Sharipzhanov holds" in err
