"""Chronologies nobody tuned the timeline for: other eras, BCE, dense and sparse, periods and approximate dates.

Each is a list of (EDTF date, label). Used by tests/test_timeline_pdf.py and by
scripts/timeline_gallery.py, which renders them to PNG for looking at.
"""

from pathlib import Path

import yaml

EXAMPLE = [
    (entry["date"], entry.get("label") or entry["event"])
    for entry in yaml.load(
        (Path(__file__).parent.parent / "content" / "great-purge.yaml").read_text("utf-8"), Loader=yaml.BaseLoader
    )["chronology"]
]
"""The example handout's chronology (content/great-purge.yaml), with the labels it draws."""

ROMAN_REPUBLIC = [
    ("-0508", "Tarquin expelled; the Republic founded"),
    ("-0493", "First secession of the plebs"),
    ("-0450/-0449", "The Twelve Tables"),
    ("-0389~", "Gauls sack Rome"),
    ("-0366", "First plebeian consul"),
    ("-0263/-0240", "First Punic War"),
    ("-0217/-0200", "Second Punic War"),
    ("-0215", "Battle of Cannae"),
    ("-0145", "Carthage and Corinth destroyed"),
    ("-0132", "Tiberius Gracchus killed"),
    ("-0081/-0080", "Sulla dictator"),
    ("-0062", "Catiline's conspiracy"),
    ("-0048-01-10", "Caesar crosses the Rubicon"),
    ("-0043-03-15", "Caesar assassinated"),
    ("-0030-09-02", "Battle of Actium"),
    ("-0026-01-16", "Octavian receives the name Augustus"),
]

REIGN_OF_TERROR = [
    ("1792-08-10", "Storming of the Tuileries"),
    ("1792-09-02/1792-09-06", "September Massacres"),
    ("1792-09-21", "Monarchy abolished"),
    ("1793-01-21", "Louis XVI executed"),
    ("1793-03-10", "Revolutionary Tribunal created"),
    ("1793-03-11", "Revolt in the Vendée begins"),
    ("1793-04-06", "Committee of Public Safety created"),
    ("1793-06-02", "Girondins arrested"),
    ("1793-07-13", "Marat murdered"),
    ("1793-07-27", "Robespierre joins the Committee"),
    ("1793-08-23", "Levée en masse"),
    ("1793-09-05", "Terror the order of the day"),
    ("1793-09-17", "Law of Suspects"),
    ("1793-09-29", "General Maximum on prices"),
    ("1793-10-16", "Marie Antoinette executed"),
    ("1793-10-31", "Girondin leaders executed"),
    ("1793-11-10", "Festival of Reason"),
    ("1793-12-04", "Law of 14 Frimaire"),
    ("1793-12-23", "Vendéans crushed at Savenay"),
    ("1794-03-24", "Hébertists executed"),
    ("1794-04-05", "Danton and Desmoulins executed"),
    ("1794-06-08", "Festival of the Supreme Being"),
    ("1794-06-10", "Law of 22 Prairial"),
    ("1794-07-27", "Robespierre falls (9 Thermidor)"),
    ("1794-07-28", "Robespierre executed"),
]

HISTORY_OF_WRITING = [
    ("-3199~", "Proto-cuneiform tablets at Uruk"),
    ("-3099~", "Earliest Egyptian hieroglyphs"),
    ("-2599~", "Cuneiform used for literature"),
    ("-2199?", "Indus script seals"),
    ("-1799~", "Proto-Sinaitic alphabet"),
    ("-1199~", "Oracle-bone script in China"),
    ("-1049~", "Phoenician alphabet"),
    ("-0799~", "Greek alphabet"),
    ("-0599~", "Zapotec writing"),
    ("-0195", "Rosetta Stone"),
    ("0105", "Cai Lun reports papermaking"),
    ("0868", "Diamond Sutra printed"),
    ("1041/1048", "Bi Sheng's movable type"),
    ("1440~", "Gutenberg's press"),
    ("1454/1455", "Gutenberg Bible"),
    ("1465", "First press in Italy"),
    ("1470", "Jenson's roman type"),
    ("1473", "First book printed in English"),
    ("1476", "Caxton's press at Westminster"),
    ("1495", "Aldine Press founded"),
    ("1501", "Italic type"),
    ("1517", "Luther's theses printed"),
    ("1450/1500", "The incunabula"),
]

GREAT_PURGE_SPARSE = [
    ("1924-01-21", "Lenin dies"),
    ("1934-12-01", "Kirov murdered"),
    ("1936/1938", "The Moscow Trials"),
    ("1953-03-05", "Stalin dies"),
]

MOON_RACE = [
    ("1957-10-04", "Sputnik 1"),
    ("1961-04-12", "Gagarin orbits the Earth"),
    ("1962-02-20", "Glenn orbits the Earth"),
    ("1965-03-18", "First spacewalk"),
    ("1967-01-27", "Apollo 1 fire"),
    ("1969-07-20", "Apollo 11 lands on the Moon"),
]

BRONZE_AGE_COLLAPSE = [
    ("-1273~", "Battle of Kadesh"),
    ("-1258", "Egyptian–Hittite peace treaty"),
    ("-1207", "Merneptah Stele"),
    ("-1189?", "Ugarit destroyed"),
    ("-1177", "Sea Peoples defeated by Ramesses III"),
    ("-1179~/-1149~", "Hittite capital abandoned"),
    ("-1099~", "Mycenaean palaces gone"),
]

ONE_YEAR_1848 = [
    ("1848-01-12", "Palermo rises"),
    ("1848-02-22/1848-02-24", "February Revolution in Paris"),
    ("1848-03-13", "Metternich falls"),
    ("1848-03-18", "Barricades in Berlin"),
    ("1848-05-18", "Frankfurt Parliament opens"),
    ("1848-06-23/1848-06-26", "June Days"),
    ("1848-12-10", "Louis-Napoléon elected"),
]

ONE_MONTH = [
    ("1962-10-14", "U-2 photographs missiles in Cuba"),
    ("1962-10-16", "Kennedy briefed"),
    ("1962-10-22", "Kennedy's address"),
    ("1962-10-24", "Quarantine begins"),
    ("1962-10-27", "Black Saturday"),
    ("1962-10-28", "Khrushchev agrees to withdraw"),
]

CHINESE_DYNASTIES = [
    ("-1599~/-1046", "Shang"),
    ("-1045/-0255", "Zhou"),
    ("-0220/-0205", "Qin"),
    ("-0201/0220", "Han"),
    ("0581/0618", "Sui"),
    ("0618/0907", "Tang"),
    ("0960/1279", "Song"),
    ("1271/1368", "Yuan"),
    ("1368/1644", "Ming"),
    ("1644/1912", "Qing"),
    ("1912", "Republic of China"),
]

SAME_DAY = [("1914-06-28", f"Event {i} of the assassination day") for i in range(8)] + [
    ("1914-07-28", "Austria-Hungary declares war"),
    ("1914-08-04", "Britain declares war"),
]

ALL = {
    "great-purge": EXAMPLE,
    "roman-republic": ROMAN_REPUBLIC,
    "reign-of-terror": REIGN_OF_TERROR,
    "history-of-writing": HISTORY_OF_WRITING,
    "great-purge-sparse": GREAT_PURGE_SPARSE,
    "moon-race": MOON_RACE,
    "bronze-age-collapse": BRONZE_AGE_COLLAPSE,
    "1848": ONE_YEAR_1848,
    "cuban-missile-crisis": ONE_MONTH,
    "chinese-dynasties": CHINESE_DYNASTIES,
    "same-day": SAME_DAY,
}
