"""`text_from_file`: text in every encoding, HTML, PDF and DOCX files, and the refusals.

The PDF, DOCX, DOC, ODT and RTF files under `files/` were made once with LibreOffice from
`seed2.txt` and `fiche_de_poste.html` (see `files/README.md`); the tests only read them.
"""

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree
from pypdf import PdfReader, PdfWriter

from postings.extract import UnreadableFile, text_from_file
from postings.extract import formats as formats_module

FILES = Path(__file__).parent / "files"
ACCEPTED = "Formats acceptés : texte (.txt), page web (.html), PDF (.pdf) et Word (.docx)."

POSTING = (
    "Chargé·e de mission « Économie circulaire » (H/F)\n"
    "L’association œuvre à Besançon ; salaire : 2 100 € brut par mois.\n"
    "Prise de poste : dès que possible – candidatures à rh@exemple.org\n"
)
# Latin-1 has neither œ, €, ’, « nor –: the same posting, written with what it has.
POSTING_LATIN1 = "Chargé de mission (H/F) à Besançon, salaire 2 100 euros, début en août.\n"


def read(data: bytes, filename: str = "offre.txt") -> str:
    return text_from_file(data, filename)


def problem_of(data: bytes, filename: str) -> str:
    with pytest.raises(UnreadableFile) as caught:
        text_from_file(data, filename)
    return caught.value.problem


# Plain text in the encodings a French employer's computer may use


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", POSTING),
        ("utf-8-sig", POSTING),
        ("utf-16", POSTING),
        ("utf-16-le", POSTING),
        ("utf-16-be", POSTING),
        ("utf-32", POSTING),
        ("cp1252", POSTING),
        ("mac_roman", POSTING.replace("·", "-")),
        ("latin-1", POSTING_LATIN1),
        ("cp1252", POSTING_LATIN1),
        ("mac_roman", POSTING_LATIN1),
    ],
)
def test_text_in_each_encoding_is_read_back_exactly(encoding, text):
    assert read(text.encode(encoding)) == text


def test_cp1252_oe_ligature_and_euro_sign_are_read():
    text = read("Cœur de métier : l’œuvre, 1 800 € net.".encode("cp1252"))
    assert text == "Cœur de métier : l’œuvre, 1 800 € net."


def test_utf8_byte_order_mark_is_not_kept():
    assert read(b"\xef\xbb\xbfTitre du poste") == "Titre du poste"


def test_valid_utf8_is_preferred_to_a_legacy_reading():
    # "Ã©" is what these bytes would give in Windows-1252; they are valid UTF-8 for "é".
    assert read("Responsable d'équipe".encode()) == "Responsable d'équipe"


def test_utf8_file_with_a_paragraph_in_windows_1252_reads_both_parts():
    data = "Chargé de mission à Tours\n".encode() + "Lieu : Orléans, 1 900 €\n".encode("cp1252")
    assert read(data) == "Chargé de mission à Tours\nLieu : Orléans, 1 900 €\n"


def test_encoding_is_judged_on_accented_text_even_after_a_long_ascii_start():
    start = "Missions : accueil du public, animation, suivi administratif.\n" * 2000
    data = start.encode() + "Lieu : Orléans\n".encode() + "Salaire : 1 900 €".encode("cp1252")
    assert read(data).endswith("Lieu : Orléans\nSalaire : 1 900 €")


def test_utf8_text_read_once_as_windows_1252_is_repaired():
    garbled = "Ã‰ducateur spÃ©cialisÃ© Ã  Rennes, lâ€™Ã©quipe, Å“uvre"
    assert read(garbled.encode()) == "Éducateur spécialisé à Rennes, l’équipe, œuvre"


def test_text_with_a_genuine_capital_a_tilde_is_not_repaired():
    assert read("São Paulo Ã© un mot étrange".encode()) == "São Paulo Ã© un mot étrange"


def test_undecodable_bytes_never_raise():
    data = "Poste à Lyon ".encode("cp1252") + bytes(range(0x80, 0x100)) + b" fin"
    text = read(data)
    assert text.startswith("Poste à Lyon ") and text.endswith(" fin")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Titre\r\nLieu : Lyon\r\n", "Titre\nLieu : Lyon\n"),
        (b"Titre\rLieu : Lyon\r", "Titre\nLieu : Lyon\n"),
        (b"Titre\x00\x00 du poste\x01\x7f", "Titre du poste"),
        (b"Tab\tet saut\x0cde page", "Tab\tet saut\x0cde page"),
    ],
)
def test_line_ends_are_unified_and_control_characters_dropped(data, expected):
    assert read(data) == expected


def test_text_is_nfc_normalised():
    assert read("Cre\u0301teil, e\u0301le\u0300ve".encode()) == "Créteil, élève"


def test_typographic_ligatures_are_spelt_out():
    assert read("Proﬁl : ﬂexible, eﬃcace".encode()) == "Profil : flexible, efficace"


# HTML pasted or saved from a web page


def test_saved_web_page_keeps_its_text_and_structure_without_code():
    text = text_from_file(FILES / "offre_page_web.html")
    assert "gtag" not in text and "font-family" not in text and "<" not in text
    assert (
        "Animateur / Animatrice nature (H/F)\n\nPubliée le 12/01/2026 – Réf.\u00a0AN-2026-04"
        in text
    )
    assert (
        "L’association Graines de Bocage recrute un·e animateur·rice nature à Saint-Brieuc" in text
    )
    assert (
        "- Concevoir et animer des sorties :\n"
        "  - pour les écoles & les centres de loisirs ;\n"
        "  - pour le grand public (week-ends «\u00a0nature en famille\u00a0»).\n"
        "- Participer à la vie associative."
    ) in text
    assert "CDD de 8 mois, 28\u00a0h par semaine.\nSalaire : 11,88\u00a0€ brut de l’heure." in text
    assert "Poste à pourvoir le 1er mars 2026." in text


def test_links_inviting_to_apply_keep_their_address():
    text = text_from_file(FILES / "offre_page_web.html")
    assert "par courriel (recrutement@graines-bocage.example)" in text
    assert "postulez en ligne (https://graines-bocage.example/postuler?ref=AN-2026-04)" in text
    assert "Partager sur Facebook\n" in text  # a link that does not invite to apply stays bare
    assert "facebook.com" not in text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Salaire&nbsp;: 2&#160;000&nbsp;&euro;</p>", "Salaire\u00a0: 2\u00a0000\u00a0€"),
        ("<p>R&eacute;f&eacute;rence &amp; lieu&hellip;</p>", "Référence & lieu…"),
        ("<p>L&#39;offre &#x2013; l&rsquo;&eacute;quipe</p>", "L'offre – l’équipe"),
        ("<div>Ligne 1<br>Ligne 2<br/>Ligne 3</div>", "Ligne 1\nLigne 2\nLigne 3"),
        ("<h2>Profil</h2><p>Autonome.</p><p>Rigoureux.</p>", "Profil\n\nAutonome.\n\nRigoureux."),
        ("<ol><li>Un</li><li>Deux</li></ol>", "- Un\n- Deux"),
        ("<ul><li><p>Accueil</p></li><li><p>Suivi</p></li></ul>", "- Accueil\n- Suivi"),
        (
            "<ul><li>A<ul><li>B<ul><li>C</li></ul></li></ul></li></ul>",
            "- A\n  - B\n    - C",
        ),
        (
            "<table><tr><th>Contrat</th><td>CDI</td></tr><tr><td>Lieu</td><td>Nantes</td></tr>"
            "</table>",
            "Contrat\tCDI\nLieu\tNantes",
        ),
        (
            "<table><tr><td><p class=MsoNormal>Contrat</p></td><td><p>CDD</p><p>6 mois</p></td>"
            "</tr><tr><td><p>Lieu</p></td><td><p>Brest</p></td></tr></table><p>Fin</p>",
            "Contrat\tCDD\n6 mois\nLieu\tBrest\n\nFin",
        ),
        ("<p>  beaucoup    d'espaces\n  ici </p>", "beaucoup d'espaces ici"),
        ("<pre>Horaires :\n  9h - 17h</pre>", "Horaires :\n  9h - 17h"),
        ("<p>Visible</p><script>var x = '<p>cach\u00e9</p>';</script>", "Visible"),
        ("<p>Visible</p><style>p { color: red }</style><noscript>Activez JS</noscript>", "Visible"),
        ("<p>Écrire à <a href='mailto:rh@asso.org'>rh@asso.org</a></p>", "Écrire à rh@asso.org"),
        (
            "<p><a href='https://asso.org/equipe'>Notre équipe</a></p>",
            "Notre équipe",
        ),
        (
            "<p><a href='https://asso.org/form'>Cliquez ici</a></p>",
            "Cliquez ici (https://asso.org/form)",
        ),
        ("<p>Sans fin <b>de balise", "Sans fin de balise"),
    ],
)
def test_html_fragments_become_readable_text(markup, expected):
    assert read(markup.encode(), "offre.html") == expected


def test_word_html_lists_get_dashes():
    markup = (
        "<p class=MsoListParagraph><![if !supportLists]><span style='font-family:Symbol'>·"
        "<span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Accueillir le public"
        "<o:p></o:p></p><p class=MsoListParagraph><![if !supportLists]><span>o<span>&nbsp;&nbsp;"
        "</span></span><![endif]>Orienter</p><!--[if gte mso 9]><xml></xml><![endif]-->"
    )
    assert read(markup.encode(), "offre.htm") == "- Accueillir le public\n\n- Orienter"


def test_html_in_a_txt_file_is_recognised_by_its_tags():
    markup = "<p>Chargé de mission</p>\n<ul><li>CDI</li><li>Paris</li></ul>"
    assert read(markup.encode(), "offre.txt") == "Chargé de mission\n\n- CDI\n- Paris"


@pytest.mark.parametrize(
    "prose",
    [
        "Expérience < 2 ans acceptée, salaire > 1 800 €.",
        "Compétences : <b> et <i> en HTML appréciées",
        "Envoyez votre CV à <rh@asso.org>",
    ],
)
def test_prose_with_angle_brackets_is_not_taken_for_html(prose):
    assert read(prose.encode(), "offre.txt") == prose


def test_html_list_indentation_stops_at_eight_levels():
    markup = "<ul><li>" * 30 + "Fond"
    assert read(markup.encode(), "page.html") == "  " * 8 + "- Fond"


def test_html_page_too_big_to_be_a_posting_is_read_only_up_to_a_limit(monkeypatch):
    monkeypatch.setattr("postings.extract.formats_html.MAX_EVENTS", 1000)
    markup = "<p>Début</p>" + "<b>x</b>" * 100_000 + "<p>Fin</p>"
    text = read(markup.encode(), "page.html")
    assert text.startswith("Début\n\nx") and "Fin" not in text and len(text) < 100_000


def test_nested_html_thousands_deep_is_read():
    markup = "<div>" * 5000 + "Texte au fond" + "</div>" * 5000
    assert read(markup.encode(), "page.html") == "Texte au fond"


# PDF


def test_pdf_made_from_a_posting_gives_its_text_page_after_page():
    text = text_from_file(FILES / "seed2.pdf")
    assert text.startswith("APPEL A CANDIDATURE POSTE EN CDD\nChargé.e de développement\n")
    assert "LIEU DE TRAVAIL : Noisy-le-Sec, et déplacements en Seine-Saint-Denis" in text
    assert "lepope93@gmail.com" in text
    first_page = PdfReader(FILES / "seed2.pdf").pages[0].extract_text().strip("\n")
    assert text.startswith(first_page + "\n\n")


def test_pdf_of_a_word_processor_layout_keeps_table_rows_and_lists():
    text = text_from_file(FILES / "fiche_de_poste.pdf")
    assert "Lieu Villeurbanne (69100)" in text
    assert "Rémunération 2\u00a0150 € brut mensuel, selon la CCN ÉCLAT" in text
    assert "• ateliers d’éducation populaire ;" in text


def test_pdf_is_recognised_by_its_content_whatever_its_name():
    data = (FILES / "seed2.pdf").read_bytes()
    for name in ("offre.txt", "offre", "offre.docx", ""):
        assert "Noisy-le-Sec" in text_from_file(data, name)


def test_damaged_pdf_is_refused_with_a_french_message():
    data = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + b"\x93" * 500
    with pytest.raises(UnreadableFile) as caught:
        text_from_file(data, "offre.pdf")
    assert caught.value.problem == "pdf_damaged"
    assert str(caught.value).startswith("Ce PDF est endommagé ou incomplet")


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9])
def test_truncated_pdf_gives_text_or_a_french_refusal(fraction):
    data = (FILES / "seed2.pdf").read_bytes()
    try:
        text = text_from_file(data[: int(len(data) * fraction)], "offre.pdf")
    except UnreadableFile as error:
        assert error.problem in {"pdf_damaged", "pdf_scanned"}
    else:
        assert text.strip()


def _encrypted_pdf(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=FILES / "seed2.pdf")
    writer.encrypt(user_password, owner_password="proprietaire", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_locked_by_a_password_is_refused_with_a_french_message():
    with pytest.raises(UnreadableFile) as caught:
        text_from_file(_encrypted_pdf("secret"), "offre.pdf")
    assert caught.value.problem == "pdf_locked"
    assert "mot de passe" in str(caught.value)


def test_pdf_that_only_forbids_editing_is_read():
    assert "Noisy-le-Sec" in text_from_file(_encrypted_pdf(""), "offre.pdf")


def test_pdf_without_text_is_refused_as_a_scan():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    assert problem_of(out.getvalue(), "scan.pdf") == "pdf_scanned"


# DOCX


def test_docx_made_from_a_posting_gives_back_its_text():
    assert text_from_file(FILES / "seed2.docx") == (FILES / "seed2.txt").read_text("utf-8")


def test_docx_tables_and_lists_are_read_in_document_order():
    text = text_from_file(FILES / "fiche_de_poste.docx")
    assert text.split("\n")[:7] == [
        "Coordinateur·rice de projets jeunesse (H/F)",
        "L’association Les Jardins du Coteau, structure de l’économie sociale et solidaire, "
        "recrute un·e coordinateur·rice pour son pôle jeunesse.",
        "Contrat\tCDD de 12 mois, renouvelable",
        "Temps de travail\t35 heures par semaine",
        "Lieu\tVilleurbanne (69100)",
        "Rémunération\t2\u00a0150 € brut mensuel, selon la CCN ÉCLAT",
        "Missions",
    ]
    assert (
        "- Coordonner les actions du pôle :\n"
        "  - ateliers d’éducation populaire ;\n"
        "  - chantiers œuvrant pour la biodiversité.\n"
        "- Animer le réseau des bénévoles.\n"
        "Modalités\n"
        "- Prise de poste : 2 mars 2026"
    ) in text


def _docx_bytes(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_written_by_python_docx_keeps_paragraphs_tables_headers_and_footers():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Association Terre Commune"
    document.sections[0].footer.paragraphs[0].text = "12 rue des Lilas, 44000 Nantes"
    document.add_heading("Animateur réseau (F/H)", level=1)
    document.add_paragraph("Nous recrutons pour notre siège.")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "Contrat"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "CDI"
    table.cell(1, 0).text = "Horaires"
    table.cell(1, 1).text = "35 h"
    table.cell(1, 2).text = "du lundi au vendredi"
    document.add_paragraph("Accueillir les bénévoles", style="List Bullet")
    document.add_paragraph("Candidatures à emploi@terre-commune.example")
    assert read(_docx_bytes(document), "offre.docx").split("\n") == [
        "Animateur réseau (F/H)",
        "Nous recrutons pour notre siège.",
        "Contrat\tCDI",
        "Horaires\t35 h\tdu lundi au vendredi",
        "- Accueillir les bénévoles",
        "Candidatures à emploi@terre-commune.example",
        "",
        "Association Terre Commune",
        "12 rue des Lilas, 44000 Nantes",
    ]


def test_docx_cell_with_several_paragraphs_is_not_glued_to_its_neighbours():
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Missions"
    table.cell(0, 1).text = "Accueillir le public"
    table.cell(0, 1).add_paragraph("Tenir la caisse")
    text = read(_docx_bytes(document), "offre.docx")
    assert text.split("\n") == ["Missions", "Accueillir le public", "Tenir la caisse"]


_TEXT_BOX = """
<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
  <mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>
    <w:p><w:r><w:t>Date limite : 30 avril 2026</w:t></w:r></w:p>
  </w:txbxContent></wps:txbx></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><w:txbxContent>
    <w:p><w:r><w:t>Date limite : 30 avril 2026</w:t></w:r></w:p>
  </w:txbxContent></w:pict></mc:Fallback>
</mc:AlternateContent>
"""


def test_docx_text_box_is_read_once_after_its_paragraph():
    document = docx.Document()
    anchor = document.add_paragraph("Chargée d'accueil")
    run = anchor.add_run()
    run._r.append(etree.fromstring(_TEXT_BOX))
    document.add_paragraph("Lieu : Dijon")
    text = read(_docx_bytes(document), "offre.docx")
    assert text.split("\n") == ["Chargée d'accueil", "Date limite : 30 avril 2026", "Lieu : Dijon"]


def test_docx_is_recognised_by_its_content_whatever_its_name():
    data = (FILES / "fiche_de_poste.docx").read_bytes()
    assert "Villeurbanne" in text_from_file(data, "offre.pdf")
    assert "Villeurbanne" in text_from_file(io.BytesIO(data), "")


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def test_zip_that_is_not_a_docx_is_refused_listing_the_formats():
    data = _zip({"offre.txt": "Chargé de mission".encode(), "logo.png": b"\x89PNG"})
    with pytest.raises(UnreadableFile) as caught:
        text_from_file(data, "offre.docx")
    assert caught.value.problem == "other"
    assert str(caught.value).endswith(ACCEPTED)


def test_docx_with_damaged_xml_is_refused_with_a_french_message():
    data = (FILES / "fiche_de_poste.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/document.xml"] = b"<w:document><w:body><w:p>coup"
    assert problem_of(_zip(members), "offre.docx") == "docx_damaged"


def test_truncated_docx_is_refused_with_a_french_message():
    data = (FILES / "fiche_de_poste.docx").read_bytes()
    assert problem_of(data[: len(data) // 2], "offre.docx") == "docx_damaged"


# What is not read: each refusal says why, in French, and lists the accepted formats


@pytest.mark.parametrize(
    ("name", "problem", "words"),
    [
        ("fiche_de_poste.doc", "doc", "Word 97-2003 (.doc)"),
        ("fiche_de_poste.odt", "odt", "OpenDocument (.odt, LibreOffice)"),
        ("fiche_de_poste.rtf", "rtf", "format RTF"),
    ],
)
def test_word_processor_formats_we_do_not_read_are_refused_clearly(name, problem, words):
    with pytest.raises(UnreadableFile) as caught:
        text_from_file(FILES / name)
    assert caught.value.problem == problem
    assert words in str(caught.value)
    assert str(caught.value).endswith(ACCEPTED)


def test_old_word_file_renamed_docx_is_still_recognised():
    data = (FILES / "fiche_de_poste.doc").read_bytes()
    assert problem_of(data, "offre.docx") == "doc"


@pytest.mark.parametrize(
    "header",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        b"GIF89a\x01\x00\x01\x00",
        b"RIFF\x24\x00\x00\x00WEBPVP8 ",
        b"\x00\x00\x00\x18ftypheic\x00\x00",
    ],
)
def test_images_are_refused_whatever_their_name(header):
    with pytest.raises(UnreadableFile) as caught:
        text_from_file(header + bytes(range(256)) * 4, "offre.pdf")
    assert caught.value.problem == "image"
    assert "image" in str(caught.value) and str(caught.value).endswith(ACCEPTED)


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("offre.xls", "other"),
        ("offre.bin", "other"),
        ("offre.doc", "doc"),
        ("offre.odt", "odt"),
        ("offre.pdf", "pdf_damaged"),
        ("offre.docx", "docx_damaged"),
        ("scan.jpg", "image"),
    ],
)
def test_unknown_binary_content_is_refused_by_what_its_name_says(name, problem):
    garbage = bytes((i * 7919) % 256 for i in range(4000))
    assert problem_of(garbage, name) == problem


def test_old_word_exported_as_html_with_a_doc_name_is_read():
    assert read(b"<html><body><p>Poste de cuisinier</p></body></html>", "offre.doc") == (
        "Poste de cuisinier"
    )


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf", b"\xff\xfe", b"<p> </p>"])
def test_empty_file_is_refused_as_empty(data):
    with pytest.raises(UnreadableFile, match="Le fichier est vide"):
        text_from_file(data, "offre.html")


def test_missing_file_and_folder_are_refused_with_their_name(tmp_path):
    with pytest.raises(UnreadableFile, match=re.escape("« absent.txt » n'a pas pu être ouvert")):
        text_from_file(tmp_path / "absent.txt")
    with pytest.raises(UnreadableFile, match="n'a pas pu être ouvert"):
        text_from_file(tmp_path)


def test_file_larger_than_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(formats_module, "MAX_BYTES", 1000)
    assert problem_of(b"a" * 1001, "offre.txt") == "too_big"


def test_zip_declaring_a_huge_uncompressed_size_is_refused(monkeypatch):
    monkeypatch.setattr(formats_module, "MAX_UNZIPPED_BYTES", 1000)
    assert problem_of((FILES / "fiche_de_poste.docx").read_bytes(), "offre.docx") == "too_big"


def test_open_binary_file_is_accepted():
    assert text_from_file(io.BytesIO("Lieu : Metz".encode("cp1252")), "offre.txt") == "Lieu : Metz"


def test_file_opened_in_text_mode_is_accepted():
    assert text_from_file(io.StringIO("Lieu : Besançon\r\n"), "offre.txt") == "Lieu : Besançon\n"


def test_unreadable_file_is_a_value_error_carrying_a_free_message_too():
    error = UnreadableFile("Autre raison.")
    assert isinstance(error, ValueError) and str(error) == "Autre raison."
