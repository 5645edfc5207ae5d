"""List readers on small fixtures: the UN XML, the PCCT workbook, OpenSanctions CSV; bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from compliance_desk.storage import lists
from compliance_desk.storage.lists import ListRefused, reading

FIXTURES = Path(__file__).parent / "fixtures"


def test_un_list_is_read_with_every_part() -> None:
    parsed = lists.read(FIXTURES / "un_small.xml")
    assert parsed.source == "un" and parsed.generated == "2025-04-19T23:00:04.625Z"
    assert parsed.counts() == {"individual": 4, "entity": 1, "vessel": 0}
    by_ref = {e.ref: e for e in parsed.entries}
    akhtar = by_ref["TAi.011"]
    assert akhtar.name == "AKHTAR MOHAMMAD MANSOUR SHAH MOHAMMED"       # all four name parts
    assert akhtar.name_original == "اختر محمد منصور شاه محمد"
    assert ("Naib Imam", "low") in [(a.name, a.quality) for a in akhtar.aliases]
    assert ("Akhtar Muhammad Mansoor", "good") in [(a.name, a.quality) for a in akhtar.aliases]
    assert [(d.kind, d.year) for d in akhtar.birth_dates] == [("approximately", 1960), ("exact", 1966)]
    assert akhtar.nationalities == ("Afghanistan",)
    assert akhtar.documents[0].number == "SE-011697" and akhtar.documents[0].country == "Afghanistan"
    assert akhtar.listed_on == "2001-01-25" and akhtar.program == "Taliban"
    fazl = by_ref["TAi.023"]
    assert [(d.kind, d.year, d.year_to) for d in fazl.birth_dates] == [("between", 1963, 1968)]
    assert by_ref["QDi.356"].gender == "female"
    assert by_ref["QDi.081"].birth_dates[0].date is not None
    entity = by_ref["QDe.003"]
    assert entity.kind == "entity" and entity.name_original == "الجهاد الاسلامي المصري"


def _xml(tmp_path: Path, text: str, name: str = "list.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
           + ']><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol9;</FIRST_NAME></INDIVIDUAL>'
           '</INDIVIDUALS></CONSOLIDATED_LIST>')
    with pytest.raises(ListRefused) as caught:
        lists.read(_xml(tmp_path, lol))
    assert "declares entities" in caught.value.text("en")
    assert "كيانات" in caught.value.text("ar")


def test_an_external_entity_is_refused(tmp_path: Path) -> None:
    xxe = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
           '<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&secret;</FIRST_NAME></INDIVIDUAL>'
           '</INDIVIDUALS></CONSOLIDATED_LIST>')
    with pytest.raises(ListRefused) as caught:
        lists.read(_xml(tmp_path, xxe))
    assert "external entity" in caught.value.text("en")
    assert "nothing is fetched" in caught.value.text("en")


def test_malformed_xml_is_refused_with_its_line(tmp_path: Path) -> None:
    text = "<?xml version='1.0'?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n</INDIVIDUALS>\n"
    with pytest.raises(ListRefused) as caught:
        lists.read(_xml(tmp_path, text))
    assert "line 5" in caught.value.text("en")


def test_an_xml_that_is_not_the_un_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ListRefused) as caught:
        lists.read(_xml(tmp_path, "<?xml version='1.0'?><rss><channel/></rss>"))
    assert "<rss>" in caught.value.text("en")


def test_a_file_over_the_size_bound_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.xml"
    with huge.open("wb") as handle:   # 200 MB, sparse: nothing is written to the disk
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(ListRefused) as caught:
        lists.read(huge)
    assert "200 MB" in caught.value.text("en") and "100 MB" in caught.value.text("en")


def test_a_large_list_is_streamed(tmp_path: Path) -> None:
    one = (FIXTURES / "un_small.xml").read_text(encoding="utf-8")
    head, _, rest = one.partition("<INDIVIDUALS>")
    body, _, tail = rest.partition("</INDIVIDUALS>")
    path = _xml(tmp_path, head + "<INDIVIDUALS>" + body * 300 + "</INDIVIDUALS>" + tail)
    parsed = lists.read(path, limit=reading.MAX_BYTES)
    assert parsed.counts()["individual"] == 1200


PCCT_INDIVIDUALS = ["No.", "Full Name", "Aliases", "Gender", "DOB", "POB", "COB", "Nationality", "Address",
                    "Link of Terrorism Org.", "Additional Information", "Document Type", "Document No.",
                    "Issuing Country", "Designated Date"]
PCCT_ENTITIES = ["No.", "Entities Name", "Aliases", "Address", "Registration Number", "Owner Name",
                 "Owner information", "Link of Terrorism Org.", "Additional info.", "Designated Date"]
PCCT_VESSELS = ["No.", "Vessel Name", "Vessel Flag", "IMO No.", "Owner Name", "Owner information",
                "Link of Terrorism Org.", "Additional info.", "Designated Date"]


def pcct_workbook(path: Path, names: tuple[str, str, str] = ("Individuals", "Entities ", "Vessels")) -> Path:
    book = Workbook()
    book.remove(book.active)
    sheet = book.create_sheet(names[0])
    sheet.append(PCCT_INDIVIDUALS)
    sheet.append([1, "Abdulrahman Ahmad Al-Kuwari", "Abu Ahmad; Abdul Rahman Al Kawari", "Male",
                  "1975/03/02; 1976", "Doha", "Qatar", "Qatar; Kingdom of Saudi Arabia", "NA", "Al-Qaida", "NA",
                  "A) National identification; B) Passport",
                  "A)1073130005 (Kingdom of Saudi Arabia) ;B)3229745(Kuwait)", "NA", "2017/06/08"])
    sheet.append([2, "Fatima Hassan Ali", "NA", "Female", "NA", "NA", "NA", "Bahrain (Citizenship Revoked)", "NA",
                  "NA", "NA", "Passport", "RL 0962973; RL 3203273", "Lebanon", "2018/01/01"])
    sheet = book.create_sheet(names[1])
    sheet.append(PCCT_ENTITIES)
    sheet.append([1, "Al-Amal Charity Front", "Amal Foundation", "Sanaa; Aden", "12345; 67890", "NA", "NA", "NA",
                  "NA", "2019/05/05"])
    sheet = book.create_sheet(names[2])
    sheet.append(PCCT_VESSELS)
    sheet.append([1, "SEA STAR", "Iranian flag", "IMO 9105085", "NA", "NA", "NA", "NA", "2020/02/02"])
    book.save(path)
    return path


def test_pcct_workbook_is_read_with_its_three_sheets(tmp_path: Path) -> None:
    parsed = lists.read(pcct_workbook(tmp_path / "slistEN.xlsx"))
    assert parsed.source == "pcct" and parsed.counts() == {"individual": 2, "entity": 1, "vessel": 1}
    first, second, charity, vessel = parsed.entries
    assert [a.name for a in first.aliases] == ["Abu Ahmad", "Abdul Rahman Al Kawari"]
    assert [d.text() for d in first.birth_dates] == ["1975-03-02", "1976"]
    assert first.nationalities == ("Qatar", "Kingdom of Saudi Arabia")
    assert [(d.number, d.country, d.kind) for d in first.documents] == [
        ("1073130005", "Kingdom of Saudi Arabia", "National identification"), ("3229745", "Kuwait", "Passport")]
    assert first.listed_on == "2017-06-08" and first.program == "Al-Qaida" and first.comments == ""
    assert [(d.number, d.country) for d in second.documents] == [("RL0962973", "Lebanon"), ("RL3203273", "Lebanon")]
    assert second.aliases == () and second.gender == "female"
    assert charity.kind == "entity" and charity.addresses == ("Sanaa", "Aden")
    assert [d.number for d in charity.documents] == ["12345", "67890"]
    assert vessel.kind == "vessel" and vessel.documents[0].number == "9105085"


def test_pcct_sheets_with_other_names_are_found_by_their_header(tmp_path: Path) -> None:
    parsed = lists.read(pcct_workbook(tmp_path / "renamed.xlsx", ("الأفراد", "Sheet2", "Vessels list")))
    assert parsed.counts() == {"individual": 2, "entity": 1, "vessel": 1}


def test_a_workbook_without_the_pcct_layout_is_refused(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Data"
    book.active.append(["Name", "Date"])
    book.save(tmp_path / "other.xlsx")
    with pytest.raises(ListRefused) as caught:
        lists.read(tmp_path / "other.xlsx")
    assert "'Data'" in caught.value.text("en")


CSV = ('"id","schema","name","aliases","birth_date","countries","addresses","identifiers","sanctions","phones",'
       '"emails","dataset","first_seen","last_seen","last_change"\n'
       '"Q1","Person","سعود الشريم","Saud Al-Shuraim;Saud ibn Ibrahim al-Shuraim","1966-01-19","sa","","Q1","","","",'
       '"Wikidata Politically Exposed Persons","2024-03-09T02:54:48","2024-03-09T02:54:48","2024-03-09T02:54:48"\n'
       '"Q2","Organization","Gulf Trading","","","ae","","","","","","Wikidata Politically Exposed Persons",'
       '"2024-03-09","2024-03-09","2024-03-10T00:00:00"\n')


def test_opensanctions_csv_is_read(tmp_path: Path) -> None:
    path = tmp_path / "targets.simple.csv"
    path.write_text(CSV, encoding="utf-8")
    parsed = lists.read(path)
    assert parsed.title == "OpenSanctions: Wikidata Politically Exposed Persons"
    person, company = parsed.entries
    assert person.name == "سعود الشريم" and len(person.aliases) == 2
    assert person.birth_dates[0].date == "1966-01-19" and person.nationalities == ("SA",)
    assert company.kind == "entity" and parsed.generated == "2024-03-10T00:00:00"


def test_a_cp1256_csv_is_read_as_arabic(tmp_path: Path) -> None:
    path = tmp_path / "targets.csv"
    path.write_bytes(CSV.encode("cp1256"))
    parsed = lists.read(path)
    assert parsed.entries[0].name == "سعود الشريم"
    assert parsed.encoding == "cp1256" and parsed.notes


def test_a_csv_in_an_unknown_encoding_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "targets.csv"
    path.write_bytes(CSV.encode("utf-8") + '"Q3","Person","Ærø \x81\x8d","","","","","","","","","x","","",""\n'
                     .encode("latin-1", errors="replace").replace(b"?", b"\x81"))
    with pytest.raises(ListRefused) as caught:
        lists.read(path)
    assert "line 4" in caught.value.text("en")


def test_a_csv_without_the_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ListRefused) as caught:
        lists.read(path)
    assert "id, schema, name" in caught.value.text("en")
