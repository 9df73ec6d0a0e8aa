<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_GB">
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>The file could not be saved: the folder %1 does not exist. Choose a folder that exists, such as your Documents folder.</source>
        <translation>Nie udało się zapisać pliku: folder %1 nie istnieje. Wybierz istniejący folder, na przykład folder Dokumenty.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1 is a folder. Choose a file name inside it.</source>
        <translation>Nie udało się zapisać pliku: %1 to folder. Wybierz nazwę pliku w tym folderze.</translation>
    </message>
    <message>
        <source>The file could not be saved as %1: you can&apos;t save files in the folder %2 (it may be read-only, or belong to someone else). Choose another folder, such as your Documents folder.</source>
        <translation>Nie udało się zapisać pliku jako %1: nie możesz zapisywać plików w folderze %2 (może być tylko do odczytu albo należeć do kogoś innego). Wybierz inny folder, na przykład folder Dokumenty.</translation>
    </message>
    <message>
        <source>The file could not be saved as %1: the disk may be full. Nothing was changed. Free some space or choose another place, then try again.</source>
        <translation>Nie udało się zapisać pliku jako %1: dysk może być pełny. Nic nie zostało zmienione. Zwolnij trochę miejsca albo wybierz inne miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The file could not be saved as %1. Nothing was changed. Check that you may save files there, then try again.</source>
        <translation>Nie udało się zapisać pliku jako %1. Nic nie zostało zmienione. Sprawdź, czy możesz tam zapisywać pliki, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The file could not be written: the disk may be full. Nothing was changed. Free some space or choose another place, then try again.</source>
        <translation>Nie udało się zapisać pliku: dysk może być pełny. Nic nie zostało zmienione. Zwolnij trochę miejsca albo wybierz inne miejsce i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>BudgetExplanation</name>
    <message>
        <source>This budget was worked out with a scheme (“%1”) that this program does not have, so the steps can&apos;t be shown here. Ask the council how the amount was worked out.</source>
        <translation>Ten budżet obliczono według schematu („%1”), którego ten program nie ma, więc nie można tu pokazać kolejnych kroków. Zapytaj samorząd, jak obliczono tę kwotę.</translation>
    </message>
    <message>
        <source>The answers saved with this budget no longer fit the scheme “%1”, so the steps can&apos;t be shown here. %2</source>
        <translation>Odpowiedzi zapisane z tym budżetem nie pasują już do schematu „%1”, więc nie można tu pokazać kolejnych kroków. %2</translation>
    </message>
</context>
<context>
    <name>BuildUpCheck</name>
    <message>
        <source>Money is building up: you have %1, more than %2 weeks of your budget (%3). The council may ask for some of it back. Talk to them about what you are keeping it for, or whether your payments should change.</source>
        <extracomment>%1 the balance, %2 a number of weeks, %3 what that many weeks of the budget come to</extracomment>
        <translation>Pieniądze się gromadzą: masz %1, czyli więcej niż budżet na %2 tyg. (%3). Samorząd może poprosić o zwrot części tej kwoty. Porozmawiaj z samorządem o tym, na co je odkładasz, albo o tym, czy płatności powinny się zmienić.</translation>
    </message>
</context>
<context>
    <name>BuildUpWeeksCommand</name>
    <message>
        <source>change the weeks of budget</source>
        <translation>zmiana liczby tygodni budżetu</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Needs changing</source>
        <translation>Do zmiany</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Warto sprawdzić</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Wskazówka</translation>
    </message>
    <message>
        <source>%1&apos;s plan: no problems found.</source>
        <translation>Plan osoby %1: nie znaleziono problemów.</translation>
    </message>
    <message>
        <source>%1&apos;s plan:</source>
        <translation>Plan osoby %1:</translation>
    </message>
    <message>
        <source>Check a plan and list what needs changing (exit status 1 on errors).</source>
        <translation>Sprawdź plan i wypisz, co trzeba zmienić (kod wyjścia 1 przy błędach).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>
Run &quot;pbplanner &lt;command&gt; --help&quot; for a command&apos;s options.

Exit status: 0 done; 1 the plan has errors (check), or some plans were skipped
(export); 2 the command line was wrong; 3 a file could not be read or written.
</source>
        <translation>
Uruchom &quot;pbplanner &lt;command&gt; --help&quot;, aby zobaczyć opcje polecenia.

Kod wyjścia: 0 gotowe; 1 plan ma błędy (check) albo niektóre plany pominięto
(export); 2 błędny wiersz polecenia; 3 nie udało się odczytać ani zapisać pliku.
</translation>
    </message>
    <message>
        <source>pbplanner: &quot;%1&quot; is not a command.</source>
        <translation>pbplanner: &quot;%1&quot; nie jest poleceniem.</translation>
    </message>
    <message>
        <source>Hint: run &quot;pbplanner --help&quot; to see the commands.</source>
        <translation>Wskazówka: uruchom &quot;pbplanner --help&quot;, aby zobaczyć polecenia.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Pokaż tę pomoc.</translation>
    </message>
    <message>
        <source>Hint: run &quot;pbplanner %1 --help&quot; to see its options.</source>
        <translation>Wskazówka: uruchom &quot;pbplanner %1 --help&quot;, aby zobaczyć jego opcje.</translation>
    </message>
    <message>
        <source>Hint: run &quot;pbplanner %1 --help&quot; to see how to use it.</source>
        <translation>Wskazówka: uruchom &quot;pbplanner %1 --help&quot;, aby zobaczyć, jak go używać.</translation>
    </message>
    <message>
        <source>Usage: pbplanner [--db FILE | --demo] [PLAN.pbplan]  start the window
       pbplanner &lt;command&gt; [options] [files]        work without a window

A plan file named when starting the window is imported into the caseload
and opened. Start in another language with --language CODE (en, cy, pl
or ur).

Commands:
</source>
        <translation>Użycie: pbplanner [--db FILE | --demo] [PLAN.pbplan]  uruchom okno
        pbplanner &lt;command&gt; [options] [files]        pracuj bez okna

Plik planu podany przy uruchamianiu okna zostaje zaimportowany do listy
osób i otwarty. Aby uruchomić program w innym języku, użyj --language CODE
(en, cy, pl lub ur).

Polecenia:
</translation>
    </message>
</context>
<context>
    <name>CliSyntax</name>
    <message>
        <source>Usage: %1</source>
        <translation>Użycie: %1</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>Użycie: </translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opcje:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenty:</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This file can&apos;t be read as a statement: on row %1 a value starts with a quote mark (&quot;) that is never closed. Save the statement from your bank again as a CSV file and try once more.</source>
        <translation>Nie można odczytać tego pliku jako wyciągu: w wierszu %1 wartość zaczyna się od cudzysłowu (&quot;), który nie jest zamknięty. Zapisz wyciąg z banku ponownie jako plik CSV i spróbuj jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1. Check the folder and the file name, or make a new database.</source>
        <translation>Nie ma bazy danych w %1. Sprawdź folder i nazwę pliku albo utwórz nową bazę danych.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Choose the database file inside it.</source>
        <translation>%1 to folder, a nie plik bazy danych. Wybierz plik bazy danych w tym folderze.</translation>
    </message>
    <message>
        <source>The database %1 can&apos;t be read: this account is not allowed to open it. Nothing was changed. Ask whoever looks after this computer to give you access.</source>
        <translation>Nie można odczytać bazy danych %1: to konto nie ma prawa jej otworzyć. Nic nie zostało zmienione. Poproś osobę, która opiekuje się tym komputerem, o dostęp.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t a Personal Budget Planner database, so it wasn&apos;t opened and nothing in it was changed. Choose the database file instead.</source>
        <translation>%1 nie jest bazą danych Personal Budget Planner, więc jej nie otwarto i nic w niej nie zmieniono. Wybierz plik bazy danych.</translation>
    </message>
    <message>
        <source>The database %1 is read-only, so it wasn&apos;t opened and nothing was changed. Make the file writable (in its properties), or open it only for looking.</source>
        <translation>Baza danych %1 jest tylko do odczytu, więc jej nie otwarto i nic nie zostało zmienione. Zezwól na zapis pliku (we właściwościach pliku) albo otwórz go tylko do przeglądania.</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be changed. The program keeps small working files beside the database while it is open, so the database wasn&apos;t opened and nothing was changed. Move it to a folder you can change, such as your Documents folder.</source>
        <translation>Nie można zmieniać folderu %1. Gdy baza danych jest otwarta, program trzyma obok niej małe pliki robocze, więc bazy nie otwarto i nic nie zostało zmienione. Przenieś ją do folderu, który możesz zmieniać, na przykład do folderu Dokumenty.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Personal Budget Planner, so this version can&apos;t open it. Nothing in it was changed. Install the newer version of the program to open it.</source>
        <translation>Ta baza danych została zapisana przez nowszą wersję Personal Budget Planner, więc ta wersja nie może jej otworzyć. Nic w niej nie zostało zmienione. Zainstaluj nowszą wersję programu, aby ją otworzyć.</translation>
    </message>
    <message>
        <source>This database was made by an earlier version of Personal Budget Planner and must be updated before it can be used, which can&apos;t be done when it is opened only for looking. Nothing was changed. Open it normally; a backup copy is made before the update.</source>
        <translation>Ta baza danych została utworzona przez starszą wersję Personal Budget Planner i trzeba ją zaktualizować przed użyciem. Nie da się tego zrobić, gdy jest otwarta tylko do przeglądania. Nic nie zostało zmienione. Otwórz ją w zwykły sposób; przed aktualizacją powstanie kopia zapasowa.</translation>
    </message>
    <message>
        <source>There is already a file at %1, so a new database wasn&apos;t made there and that file was left as it was. Choose another name.</source>
        <translation>W %1 jest już plik, więc nie utworzono tam nowej bazy danych, a ten plik pozostał bez zmian. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>The folder %1 doesn&apos;t exist, so the database couldn&apos;t be made there. Choose a folder that exists.</source>
        <translation>Folder %1 nie istnieje, więc nie udało się tam utworzyć bazy danych. Wybierz istniejący folder.</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be changed, so the database couldn&apos;t be made there. Choose a folder you can change, such as your Documents folder.</source>
        <translation>Nie można zmieniać folderu %1, więc nie udało się tam utworzyć bazy danych. Wybierz folder, który możesz zmieniać, na przykład folder Dokumenty.</translation>
    </message>
    <message>
        <source>The program&apos;s database component (Qt&apos;s SQLite driver) is missing, so no database can be opened. Reinstall Personal Budget Planner.</source>
        <translation>Brakuje składnika bazy danych programu (sterownika SQLite dla Qt), więc nie można otworzyć żadnej bazy danych. Zainstaluj ponownie Personal Budget Planner.</translation>
    </message>
    <message>
        <source>This database belongs to another program, so it wasn&apos;t opened and nothing in it was changed. Choose a Personal Budget Planner database.</source>
        <translation>Ta baza danych należy do innego programu, więc jej nie otwarto i nic w niej nie zmieniono. Wybierz bazę danych Personal Budget Planner.</translation>
    </message>
    <message>
        <source>The new database couldn&apos;t be set up.</source>
        <translation>Nie udało się przygotować nowej bazy danych.</translation>
    </message>
    <message>
        <source>The database needs updating for this version of the program, and the update couldn&apos;t be finished, so it wasn&apos;t opened.</source>
        <translation>Bazę danych trzeba zaktualizować do tej wersji programu, ale nie udało się dokończyć aktualizacji, więc jej nie otwarto.</translation>
    </message>
    <message>
        <source>The database needs updating for this version of the program, but a safety copy couldn&apos;t be made first, so it wasn&apos;t updated or opened and nothing was changed. Make sure there is free space on the disk and that the folder can be changed, then try again.</source>
        <translation>Bazę danych trzeba zaktualizować do tej wersji programu, ale najpierw nie udało się zrobić kopii zapasowej, więc bazy nie zaktualizowano ani nie otwarto i nic nie zostało zmienione. Upewnij się, że na dysku jest wolne miejsce i że folder można zmieniać, a potem spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The new database file to make (it must not exist yet).</source>
        <translation>Nowy plik bazy danych do utworzenia (nie może jeszcze istnieć).</translation>
    </message>
    <message>
        <source>Make this many made-up people instead of the eight demo people.</source>
        <translation>Utwórz tyle zmyślonych osób zamiast ośmiu osób pokazowych.</translation>
    </message>
    <message>
        <source>Write the demo people as .pbplan files into this folder.</source>
        <translation>Zapisz osoby pokazowe jako pliki .pbplan w tym folderze.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>nieoczekiwany argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>say where to make the database, like: pbplanner demo --db demo.pbdb</source>
        <translation>podaj, gdzie utworzyć bazę danych, na przykład: pbplanner demo --db demo.pbdb</translation>
    </message>
    <message>
        <source>Made %1 with the demo caseload (%2 people).</source>
        <translation>Utworzono %1 z pokazową listą osób (podopieczni) (liczba osób: %2).</translation>
    </message>
    <message>
        <source>--people takes a whole number from 1 to 1,000,000</source>
        <translation>--people przyjmuje liczbę całkowitą od 1 do 1 000 000</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 of %2 people</source>
        <translation><byte value="xd"/>%1 z %2 osób</translation>
    </message>
    <message>
        <source>Made %1 with %2 made-up people in %3 s.</source>
        <translation>Utworzono %1 ze zmyślonymi osobami (liczba: %2) w %3 s.</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Nie udało się utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>Make a demo caseload database (or N made-up people).</source>
        <translation>Utwórz pokazową bazę danych z listą osób (podopieczni) (albo N zmyślonych osób).</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>There is already a file at %1. Choose a new file name, so nothing is overwritten.</source>
        <translation>W %1 jest już plik. Wybierz nową nazwę pliku, aby niczego nie nadpisać.</translation>
    </message>
</context>
<context>
    <name>DirectPaymentReturn</name>
    <message>
        <source>Money paid in</source>
        <translation>Wpłaty</translation>
    </message>
    <message>
        <source>Other spending (not linked to support in the plan)</source>
        <translation>Inne wydatki (niezwiązane ze wsparciem w planie)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>a period of time: &quot;1 April 2026 to 30 June 2026&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo początkowe</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Wpływy</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Saldo końcowe</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Amount (£)</source>
        <translation>Kwota (£)</translation>
    </message>
    <message>
        <source>Balance on %1</source>
        <extracomment>%1 a date: the money in the account at the start of that day
----------
%1 a date: the money in the account at the end of that day</extracomment>
        <translation>Saldo na dzień %1</translation>
    </message>
    <message>
        <source>Total money in</source>
        <translation>Suma wpływów</translation>
    </message>
    <message>
        <source>Total money out</source>
        <translation>Suma wydatków</translation>
    </message>
    <message>
        <source>Direct payment return</source>
        <translation>Rozliczenie płatności bezpośredniej</translation>
    </message>
    <message>
        <source>Direct payment return for %1</source>
        <translation>Rozliczenie płatności bezpośredniej: %1</translation>
    </message>
    <message>
        <source>%1 - direct payment return, %2</source>
        <translation>%1 – rozliczenie płatności bezpośredniej, %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Money in the account on %1</source>
        <translation>Pieniądze na koncie w dniu %1</translation>
    </message>
    <message>
        <source>The direct payment is paid to %1.</source>
        <translation>Płatność bezpośrednia jest wypłacana osobie: %1.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>No money was paid in during this period.</source>
        <translation>W tym okresie nie było żadnych wpłat.</translation>
    </message>
    <message>
        <source>Paid in by</source>
        <translation>Wpłacający</translation>
    </message>
    <message>
        <source>Money out, by kind of support</source>
        <translation>Wydatki według rodzaju wsparcia</translation>
    </message>
    <message>
        <source>No money was paid out during this period.</source>
        <translation>W tym okresie nie było żadnych wydatków.</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Rodzaj wsparcia</translation>
    </message>
    <message>
        <source>Every payment</source>
        <translation>Wszystkie płatności</translation>
    </message>
    <message>
        <source>There were no payments in this period.</source>
        <translation>W tym okresie nie było płatności.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Na co</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>At the foot of every page of a printed plan: &quot;Page 2 of 7&quot;</extracomment>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A draft&apos;s footer: %1 the watermark (&quot;DRAFT&quot;), %2 the footer&apos;s words</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The page is too small to print the plan on. Choose A4 or Letter paper.</source>
        <translation>Strona jest za mała, aby wydrukować na niej plan. Wybierz papier A4 lub Letter.</translation>
    </message>
    <message>
        <source>The plan could not be printed or saved: the printer or file would not start. Try again, or choose another printer or place.</source>
        <translation>Nie udało się wydrukować ani zapisać planu: drukarka albo plik nie chciały się uruchomić. Spróbuj ponownie albo wybierz inną drukarkę lub inne miejsce.</translation>
    </message>
    <message>
        <source>The plan could not be printed or saved: a new page could not be started. Try again, or choose another printer or place.</source>
        <translation>Nie udało się wydrukować ani zapisać planu: nie udało się zacząć nowej strony. Spróbuj ponownie albo wybierz inną drukarkę lub inne miejsce.</translation>
    </message>
    <message>
        <source>The plan could not be printed or saved: the last page could not be finished. Try again, or choose another printer or place.</source>
        <translation>Nie udało się wydrukować ani zapisać planu: nie udało się dokończyć ostatniej strony. Spróbuj ponownie albo wybierz inną drukarkę lub inne miejsce.</translation>
    </message>
</context>
<context>
    <name>DocumentWording</name>
    <message>
        <source>Support plan for %1</source>
        <translation>Plan wsparcia: %1</translation>
    </message>
    <message>
        <source>My support plan: %1</source>
        <extracomment>The easy-read plan&apos;s title; %1 is the person&apos;s name</extracomment>
        <translation>Mój plan wsparcia: %1</translation>
    </message>
    <message>
        <source>%1 · plan version %2 · %3</source>
        <extracomment>Footer on every page: name · plan version 2 · agreed 12 May 2026</extracomment>
        <translation>%1 · wersja planu %2 · %3</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <extracomment>Printed across every page of a plan that is not agreed yet</extracomment>
        <translation>WERSJA ROBOCZA</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <extracomment>Printed across every page of an old version a newer one has replaced</extracomment>
        <translation>ZASTĄPIONY</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>wersja robocza %1</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>uzgodniony %1</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>uzgodniony</translation>
    </message>
    <message>
        <source>agreed %1, replaced by a newer version</source>
        <translation>uzgodniony %1, zastąpiony nowszą wersją</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>zastąpiony nowszą wersją</translation>
    </message>
</context>
<context>
    <name>EasyReadMoneySections</name>
    <message>
        <source>I do not know how much money I get yet.</source>
        <translation>Nie wiem jeszcze, ile pieniędzy dostaję.</translation>
    </message>
    <message>
        <source>My budget is %1.</source>
        <translation>Mój budżet to %1.</translation>
    </message>
    <message>
        <source>That is about %1.</source>
        <translation>To około %1.</translation>
    </message>
    <message>
        <source>The council has agreed this amount.</source>
        <translation>Samorząd zgodził się na tę kwotę.</translation>
    </message>
    <message>
        <source>The council may change this amount.</source>
        <translation>Samorząd może zmienić tę kwotę.</translation>
    </message>
    <message>
        <source>My support costs %1.</source>
        <translation>Moje wsparcie kosztuje %1.</translation>
    </message>
    <message>
        <source>My support costs %1 more than my budget %2.</source>
        <translation>Moje wsparcie kosztuje o %1 więcej niż mój budżet %2.</translation>
    </message>
    <message>
        <source>We need to change my plan, or ask for more money.</source>
        <translation>Musimy zmienić mój plan albo poprosić o więcej pieniędzy.</translation>
    </message>
    <message>
        <source>All my money is planned.</source>
        <translation>Wszystkie moje pieniądze są zaplanowane.</translation>
    </message>
    <message>
        <source>I have %1 left over %2.</source>
        <translation>Zostaje mi %1 %2.</translation>
    </message>
    <message>
        <source>My money comes from these places.</source>
        <translation>Moje pieniądze pochodzą z tych miejsc.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>Easy-read: where some of the money comes from: &quot;Council social care: £6,660 each year.&quot;</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>My money</source>
        <translation>Moje pieniądze</translation>
    </message>
    <message>
        <source>I get the money to pay for my support. This is called a direct payment.</source>
        <translation>Dostaję pieniądze, żeby płacić za moje wsparcie. To się nazywa płatność bezpośrednia.</translation>
    </message>
    <message>
        <source>%1 gets the money for me. This is called a direct payment.</source>
        <translation>%1 dostaje pieniądze za mnie. To się nazywa płatność bezpośrednia.</translation>
    </message>
    <message>
        <source>We keep a record of what we spend.</source>
        <translation>Zapisujemy, na co wydajemy pieniądze.</translation>
    </message>
    <message>
        <source>The council pays for my support. This is called a council-managed budget.</source>
        <translation>Samorząd płaci za moje wsparcie. To się nazywa budżet zarządzany przez samorząd.</translation>
    </message>
    <message>
        <source>A care provider looks after the money for me.</source>
        <translation>Firma opiekuńcza pilnuje pieniędzy za mnie.</translation>
    </message>
    <message>
        <source>%1 looks after the money for me.</source>
        <translation>%1 pilnuje pieniędzy za mnie.</translation>
    </message>
    <message>
        <source>This is called an Individual Service Fund.</source>
        <translation>To się nazywa Indywidualny Fundusz Usług (ISF).</translation>
    </message>
    <message>
        <source>Someone I trust looks after the money for me.</source>
        <translation>Osoba, której ufam, pilnuje pieniędzy za mnie.</translation>
    </message>
    <message>
        <source>This is called a third party arrangement.</source>
        <translation>To się nazywa zarządzanie przez osobę trzecią.</translation>
    </message>
    <message>
        <source>%1 is paid this way.</source>
        <translation>%1 jest płacone w ten sposób.</translation>
    </message>
    <message>
        <source>My money is managed in more than one way.</source>
        <translation>Moimi pieniędzmi zarządza się na kilka sposobów.</translation>
    </message>
    <message>
        <source>How my money is managed</source>
        <translation>Jak zarządza się moimi pieniędzmi</translation>
    </message>
</context>
<context>
    <name>EasyReadPhrases</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Easy-read: an amount in whole pounds and how often, e.g. &quot;£120 each week&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>each week</source>
        <translation>co tydzień</translation>
    </message>
    <message>
        <source>every four weeks</source>
        <translation>co cztery tygodnie</translation>
    </message>
    <message>
        <source>each month</source>
        <translation>co miesiąc</translation>
    </message>
    <message>
        <source>each year</source>
        <translation>co rok</translation>
    </message>
    <message>
        <source>once</source>
        <translation>jeden raz</translation>
    </message>
</context>
<context>
    <name>EasyReadPlanWriter</name>
    <message>
        <source>1 hour</source>
        <translation>1 godzina</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <source>for %1, once</source>
        <translation>przez %1, jeden raz</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>once</source>
        <translation>jeden raz</translation>
    </message>
    <message>
        <source>once %1</source>
        <translation>jeden raz %1</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 razy</translation>
    </message>
    <message>
        <source>%1 times %2</source>
        <translation>%1 razy %2</translation>
    </message>
    <message>
        <source>My name is %1.</source>
        <translation>Nazywam się %1.</translation>
    </message>
    <message>
        <source>This is my support plan.</source>
        <translation>To jest mój plan wsparcia.</translation>
    </message>
    <message>
        <source>My plan is not agreed yet.</source>
        <translation>Mój plan nie jest jeszcze uzgodniony.</translation>
    </message>
    <message>
        <source>My plan was agreed on %1.</source>
        <translation>Mój plan uzgodniono %1.</translation>
    </message>
    <message>
        <source>My plan is agreed.</source>
        <translation>Mój plan jest uzgodniony.</translation>
    </message>
    <message>
        <source>This is an old plan.</source>
        <translation>To jest stary plan.</translation>
    </message>
    <message>
        <source>I have a newer plan now.</source>
        <translation>Mam teraz nowszy plan.</translation>
    </message>
    <message>
        <source>%1 helps me with my plan.</source>
        <translation>%1 pomaga mi w moim planie.</translation>
    </message>
    <message>
        <source>I live at %1.</source>
        <translation>Mieszkam pod adresem: %1.</translation>
    </message>
    <message>
        <source>My phone number is %1.</source>
        <translation>Mój numer telefonu to %1.</translation>
    </message>
    <message>
        <source>I like to use %1.</source>
        <translation>Lubię używać: %1.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>O mnie</translation>
    </message>
    <message>
        <source>This is </source>
        <translation>To jest </translation>
    </message>
    <message>
        <source>most important</source>
        <translation>najważniejsze</translation>
    </message>
    <message>
        <source> to me.</source>
        <translation> dla mnie.</translation>
    </message>
    <message>
        <source>How I will know it is working: %1</source>
        <translation>Jak poznam, że to działa: %1</translation>
    </message>
    <message>
        <source>I have not said what matters to me yet.</source>
        <translation>Jeszcze nie napisano, co jest dla mnie ważne.</translation>
    </message>
    <message>
        <source>These things matter to me.</source>
        <translation>Te rzeczy są dla mnie ważne.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <source>Someone helps me %1.</source>
        <translation>Ktoś mi pomaga %1.</translation>
    </message>
    <message>
        <source>%1 helps me %2.</source>
        <translation>%1 pomaga mi %2.</translation>
    </message>
    <message>
        <source>I get this once.</source>
        <translation>Dostaję to jeden raz.</translation>
    </message>
    <message>
        <source>I get this once, from %1.</source>
        <translation>Dostaję to jeden raz, od: %1.</translation>
    </message>
    <message>
        <source>I get this from %1.</source>
        <translation>Dostaję to od: %1.</translation>
    </message>
    <message>
        <source>This is free.</source>
        <translation>To jest za darmo.</translation>
    </message>
    <message>
        <source>It has no cost yet.</source>
        <translation>To nie ma jeszcze ceny.</translation>
    </message>
    <message>
        <source>It costs %1.</source>
        <translation>To kosztuje %1.</translation>
    </message>
    <message>
        <source>There is no support in my plan yet.</source>
        <translation>W moim planie nie ma jeszcze wsparcia.</translation>
    </message>
    <message>
        <source>Who helps me and when</source>
        <translation>Kto mi pomaga i kiedy</translation>
    </message>
    <message>
        <source>I do not have a back-up plan yet.</source>
        <translation>Nie mam jeszcze planu awaryjnego.</translation>
    </message>
    <message>
        <source>I will make one with the people who help me.</source>
        <translation>Zrobię go z osobami, które mi pomagają.</translation>
    </message>
    <message>
        <source>I can call %1 on %2.</source>
        <translation>Mogę zadzwonić do: %1, pod numer %2.</translation>
    </message>
    <message>
        <source>I can call %1.</source>
        <translation>Mogę zadzwonić do: %1.</translation>
    </message>
    <message>
        <source>The number to call is %1.</source>
        <translation>Numer, pod który trzeba dzwonić: %1.</translation>
    </message>
    <message>
        <source>If someone is in danger, I call 999.</source>
        <translation>Jeśli ktoś jest w niebezpieczeństwie, dzwonię pod 999.</translation>
    </message>
    <message>
        <source>If my support is not right, I can tell the council.</source>
        <translation>Jeśli moje wsparcie nie jest dobre, mogę powiedzieć o tym samorządowi.</translation>
    </message>
    <message>
        <source>If something goes wrong</source>
        <translation>Jeśli coś pójdzie źle</translation>
    </message>
    <message>
        <source>My plan will be checked again on %1.</source>
        <translation>Mój plan zostanie znowu sprawdzony %1.</translation>
    </message>
    <message>
        <source>We will choose a date to check my plan when it is agreed.</source>
        <translation>Gdy plan zostanie uzgodniony, wybierzemy datę jego sprawdzenia.</translation>
    </message>
    <message>
        <source>We will talk about what is working and what is not.</source>
        <translation>Porozmawiamy o tym, co działa, a co nie.</translation>
    </message>
    <message>
        <source>Is my life better?</source>
        <translation>Czy moje życie jest lepsze?</translation>
    </message>
    <message>
        <source>Is my life the same?</source>
        <translation>Czy moje życie jest takie samo?</translation>
    </message>
    <message>
        <source>Is my life worse?</source>
        <translation>Czy moje życie jest gorsze?</translation>
    </message>
    <message>
        <source>When my plan is checked again</source>
        <translation>Kiedy mój plan zostanie znowu sprawdzony</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The plan file to export (not with --all).</source>
        <translation>Plik planu do eksportu (nie z --all).</translation>
    </message>
    <message>
        <source>Save the plan as a PDF here.</source>
        <translation>Zapisz plan jako PDF w tym miejscu.</translation>
    </message>
    <message>
        <source>Save the support and its cost as a spreadsheet (CSV) here.</source>
        <translation>Zapisz wsparcie i jego koszt jako arkusz kalkulacyjny (CSV) w tym miejscu.</translation>
    </message>
    <message>
        <source>Make the easy-read plan instead of the standard one.</source>
        <translation>Utwórz plan łatwy do czytania zamiast zwykłego.</translation>
    </message>
    <message>
        <source>The caseload file to export from (with --all).</source>
        <translation>Plik z listą osób (podopieczni), z którego eksportować (z --all).</translation>
    </message>
    <message>
        <source>Export every person&apos;s current plan in the caseload.</source>
        <translation>Eksportuj aktualny plan każdej osoby z listy osób.</translation>
    </message>
    <message>
        <source>The folder to put the PDFs in (with --all); made if missing.</source>
        <translation>Folder na pliki PDF (z --all); zostanie utworzony, jeśli go nie ma.</translation>
    </message>
    <message>
        <source>Cost personal assistants with this rate table instead of the one for each plan&apos;s date.</source>
        <translation>Wylicz koszt asystentów osobistych według tej tabeli stawek zamiast tabeli dla daty każdego planu.</translation>
    </message>
    <message>
        <source>The plan&apos;s figures could not be worked out, so no PDF was made. Open the plan in the window and check its amounts.</source>
        <translation>Nie udało się wyliczyć kwot planu, więc nie utworzono pliku PDF. Otwórz plan w oknie i sprawdź jego kwoty.</translation>
    </message>
    <message>
        <source>give exactly one plan file, like: pbplanner export my-plan.pbplan --pdf my-plan.pdf</source>
        <translation>podaj dokładnie jeden plik planu, na przykład: pbplanner export my-plan.pbplan --pdf my-plan.pdf</translation>
    </message>
    <message>
        <source>say what to make: --pdf OUT.pdf, --csv OUT.csv, or both</source>
        <translation>podaj, co utworzyć: --pdf OUT.pdf, --csv OUT.csv albo oba</translation>
    </message>
    <message>
        <source>--easy-read goes with --pdf</source>
        <translation>--easy-read działa tylko z --pdf</translation>
    </message>
    <message>
        <source>Saved %1 (1 page).</source>
        <translation>Zapisano %1 (1 strona).</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Zapisano %1 (liczba stron: %2).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>to export a whole caseload give all three, like: pbplanner export --db caseload.pbdb --all --out plans</source>
        <translation>aby wyeksportować całą listę osób, podaj wszystkie trzy opcje, na przykład: pbplanner export --db caseload.pbdb --all --out plans</translation>
    </message>
    <message>
        <source>give either a plan file or --db with --all, not both (&quot;%1&quot;)</source>
        <translation>podaj albo plik planu, albo --db z --all, nie oba naraz (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--all writes one PDF per person into --out; leave out --pdf and --csv</source>
        <translation>--all zapisuje jeden plik PDF na osobę w folderze --out; pomiń --pdf i --csv</translation>
    </message>
    <message>
        <source>The folder %1 could not be made. Check that you may make folders there, or choose another place.</source>
        <translation>Nie udało się utworzyć folderu %1. Sprawdź, czy możesz tam tworzyć foldery, albo wybierz inne miejsce.</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>After &quot;[3/8] Sam Jones ... &quot;: the plan was not written</extracomment>
        <translation>pominięto</translation>
    </message>
    <message>
        <source>no plan yet, nothing written</source>
        <extracomment>After &quot;[3/8] Sam Jones ... &quot;: nothing to write</extracomment>
        <translation>brak planu, nic nie zapisano</translation>
    </message>
    <message>
        <source>written</source>
        <extracomment>After &quot;[3/8] Sam Jones ... &quot;: the PDF is saved</extracomment>
        <translation>zapisano</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 plans to %3.</source>
        <translation>Zapisano %1 z %2 planów w %3.</translation>
    </message>
    <message>
        <source>Save plans as PDF (standard or easy-read) or support as a spreadsheet.</source>
        <translation>Zapisz plany jako PDF (zwykły albo łatwy do czytania) albo wsparcie jako arkusz kalkulacyjny.</translation>
    </message>
</context>
<context>
    <name>ExportFileName</name>
    <message>
        <source>Support plan.pdf</source>
        <extracomment>A file name: &quot;Support plan - Sam Jones.pdf&quot;</extracomment>
        <translation>Plan wsparcia.pdf</translation>
    </message>
    <message>
        <source>Support plan - %1.pdf</source>
        <translation>Plan wsparcia - %1.pdf</translation>
    </message>
    <message>
        <source>Easy-read plan.pdf</source>
        <extracomment>A file name: &quot;Easy-read plan - Sam Jones.pdf&quot;</extracomment>
        <translation>Plan łatwy do czytania.pdf</translation>
    </message>
    <message>
        <source>Easy-read plan - %1.pdf</source>
        <translation>Plan łatwy do czytania - %1.pdf</translation>
    </message>
    <message>
        <source>Support.csv</source>
        <extracomment>A file name: &quot;Support - Sam Jones.csv&quot;</extracomment>
        <translation>Wsparcie.csv</translation>
    </message>
    <message>
        <source>Support - %1.csv</source>
        <translation>Wsparcie - %1.csv</translation>
    </message>
</context>
<context>
    <name>FindingWords</name>
    <message>
        <source>Needs changing</source>
        <translation>Do zmiany</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Warto sprawdzić</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Wskazówka</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>It is not a JSON file, or it is damaged.</source>
        <translation>To nie jest plik JSON albo jest uszkodzony.</translation>
    </message>
    <message>
        <source>It must hold one group of fields in { }, and it does not.</source>
        <translation>Plik musi zawierać jedną grupę pól w { }, a nie zawiera.</translation>
    </message>
    <message>
        <source>%1 is not a field the program knows. Check its spelling; the fields that can be here are: %2.</source>
        <translation>%1 to pole, którego program nie zna. Sprawdź pisownię; pola, które mogą tu być, to: %2.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Brakuje pola %1.</translation>
    </message>
    <message>
        <source>%1 must be text in quotes.</source>
        <translation>%1 musi być tekstem w cudzysłowie.</translation>
    </message>
    <message>
        <source>%1 is empty: it needs some words.</source>
        <translation>%1 jest puste: potrzebuje kilku słów.</translation>
    </message>
    <message>
        <source>%1 must be a short name of letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot; (at most 64, for example &quot;personal-care&quot;), not %2.</source>
        <translation>%1 musi być krótką nazwą z liter, cyfr, &quot;-&quot;, &quot;_&quot; lub &quot;.&quot; (najwyżej 64 znaki, na przykład &quot;personal-care&quot;), a nie %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of pence, without quotes (for example 4250 for £42.50).</source>
        <translation>%1 musi być liczbą całkowitą pensów, bez cudzysłowu (na przykład 4250 dla £42.50).</translation>
    </message>
    <message>
        <source>%1 must be a whole number of points, without quotes.</source>
        <translation>%1 musi być liczbą całkowitą punktów, bez cudzysłowu.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of hundredths of a percent, without quotes (for example -1000 for 10% less).</source>
        <translation>%1 musi być liczbą całkowitą setnych części procentu, bez cudzysłowu (na przykład -1000 dla 10% mniej).</translation>
    </message>
    <message>
        <source>%1 must be a whole number, without quotes.</source>
        <translation>%1 musi być liczbą całkowitą, bez cudzysłowu.</translation>
    </message>
    <message>
        <source>%1 must be true or false, without quotes.</source>
        <translation>%1 musi mieć wartość true albo false, bez cudzysłowu.</translation>
    </message>
    <message>
        <source>%1 must be a date written as year-month-day, for example &quot;2024-04-01&quot;.</source>
        <translation>%1 musi być datą zapisaną jako rok-miesiąc-dzień, na przykład &quot;2024-04-01&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a group of fields in { }.</source>
        <translation>%1 musi być grupą pól w { }.</translation>
    </message>
    <message>
        <source>%1 must be a list in [ ].</source>
        <translation>%1 musi być listą w [ ].</translation>
    </message>
</context>
<context>
    <name>ListEntryCommand</name>
    <message>
        <source>add an outcome</source>
        <translation>dodanie celu</translation>
    </message>
    <message>
        <source>remove an outcome</source>
        <translation>usunięcie celu</translation>
    </message>
    <message>
        <source>add support</source>
        <translation>dodanie wsparcia</translation>
    </message>
    <message>
        <source>remove support</source>
        <translation>usunięcie wsparcia</translation>
    </message>
</context>
<context>
    <name>ModelLabels</name>
    <message>
        <source>%1 a week</source>
        <translation>%1 tygodniowo</translation>
    </message>
    <message>
        <source>%1 every four weeks</source>
        <translation>%1 co cztery tygodnie</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 miesięcznie</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 rocznie</translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation>%1, jednorazowo</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Raz w tygodniu</translation>
    </message>
    <message>
        <source>Once every four weeks</source>
        <translation>Raz na cztery tygodnie</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Raz w miesiącu</translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>Raz w roku</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Jednorazowo</translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation>%1 razy w tygodniu</translation>
    </message>
    <message>
        <source>%1 times every four weeks</source>
        <translation>%1 razy na cztery tygodnie</translation>
    </message>
    <message>
        <source>%1 times a month</source>
        <translation>%1 razy w miesiącu</translation>
    </message>
    <message>
        <source>%1 times a year</source>
        <translation>%1 razy w roku</translation>
    </message>
    <message>
        <source>Personal care and comfort</source>
        <translation>Higiena osobista i wygoda</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Jedzenie i picie</translation>
    </message>
    <message>
        <source>Feeling safe</source>
        <translation>Poczucie bezpieczeństwa</translation>
    </message>
    <message>
        <source>A clean and comfortable home</source>
        <translation>Czysty i wygodny dom</translation>
    </message>
    <message>
        <source>Things I do</source>
        <translation>Moje zajęcia</translation>
    </message>
    <message>
        <source>People and community</source>
        <translation>Ludzie i społeczność</translation>
    </message>
    <message>
        <source>Control over my daily life</source>
        <translation>Kontrola nad moim codziennym życiem</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zdrowie</translation>
    </message>
    <message>
        <source>Work and learning</source>
        <translation>Praca i nauka</translation>
    </message>
    <message>
        <source>My carer&apos;s own life</source>
        <translation>Własne życie mojego opiekuna</translation>
    </message>
    <message>
        <source>Direct payment</source>
        <translation>Płatność bezpośrednia</translation>
    </message>
    <message>
        <source>Council-managed</source>
        <translation>Zarządzany przez samorząd</translation>
    </message>
    <message>
        <source>Individual Service Fund</source>
        <translation>Indywidualny Fundusz Usług (ISF)</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Osoba trzecia</translation>
    </message>
    <message>
        <source>Money paid to you to arrange support yourself (direct payment)</source>
        <translation>Pieniądze wypłacane Tobie na samodzielne organizowanie wsparcia (płatność bezpośrednia)</translation>
    </message>
    <message>
        <source>The council arranges it (managed)</source>
        <translation>Samorząd wszystko organizuje (budżet zarządzany)</translation>
    </message>
    <message>
        <source>A provider holds it for you (Individual Service Fund)</source>
        <translation>Usługodawca przechowuje je dla Ciebie (Indywidualny Fundusz Usług)</translation>
    </message>
    <message>
        <source>Someone manages it for you (third party)</source>
        <translation>Ktoś zarządza nimi za Ciebie (osoba trzecia)</translation>
    </message>
    <message>
        <source>A mix of these</source>
        <translation>Połączenie tych sposobów</translation>
    </message>
    <message>
        <source>Personal assistant</source>
        <translation>Asystent osobisty</translation>
    </message>
    <message>
        <source>Home care from an agency</source>
        <translation>Opieka domowa z agencji</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>Krótki pobyt wytchnieniowy</translation>
    </message>
    <message>
        <source>Day or community activity</source>
        <translation>Zajęcia dzienne lub w społeczności</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Czas wolny</translation>
    </message>
    <message>
        <source>Equipment or technology</source>
        <translation>Sprzęt lub technologia</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>One-off purchase</source>
        <translation>Zakup jednorazowy</translation>
    </message>
    <message>
        <source>Residential care</source>
        <translation>Opieka stacjonarna (dom opieki)</translation>
    </message>
    <message>
        <source>Unpaid or community support</source>
        <translation>Wsparcie nieodpłatne lub społeczne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Council social care</source>
        <translation>Opieka społeczna samorządu</translation>
    </message>
    <message>
        <source>NHS personal health budget</source>
        <translation>Osobisty budżet zdrowotny NHS</translation>
    </message>
    <message>
        <source>NHS continuing healthcare</source>
        <translation>Ciągła opieka zdrowotna NHS (NHS continuing healthcare)</translation>
    </message>
    <message>
        <source>Independent Living Fund</source>
        <translation>Independent Living Fund (Fundusz Niezależnego Życia)</translation>
    </message>
    <message>
        <source>Disabled Facilities Grant</source>
        <translation>Disabled Facilities Grant (dotacja na przystosowanie domu)</translation>
    </message>
    <message>
        <source>Access to Work</source>
        <translation>Access to Work (wsparcie w pracy)</translation>
    </message>
    <message>
        <source>My own contribution</source>
        <translation>Mój własny wkład</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Uzgodniony</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Zastąpiony nowszą wersją</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Lepiej</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Tak samo</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Gorzej</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 godzina</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 godz.</translation>
    </message>
</context>
<context>
    <name>MoneyFormatter</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is an amount of money, %2 how often, e.g. &quot;£120 a week&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>tygodniowo</translation>
    </message>
    <message>
        <source>every four weeks</source>
        <translation>co cztery tygodnie</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>miesięcznie</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>rocznie</translation>
    </message>
    <message>
        <source>once</source>
        <translation>jednorazowo</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>Four weeks</source>
        <translation>Cztery tygodnie</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Jednorazowo</translation>
    </message>
</context>
<context>
    <name>MoneyParser</name>
    <message>
        <source>Enter the amount in pounds, like 120 or 120.50</source>
        <translation>Wpisz kwotę w funtach, na przykład 120 albo 120.50</translation>
    </message>
    <message>
        <source>Enter an amount of £0 or more, like 120 or 120.50</source>
        <translation>Wpisz kwotę £0 lub większą, na przykład 120 albo 120.50</translation>
    </message>
    <message>
        <source>Use a point for pence and commas only between thousands, like 1,234.50</source>
        <translation>Pensy oddziel kropką, a przecinków używaj tylko między tysiącami, na przykład 1,234.50</translation>
    </message>
    <message>
        <source>Use no more than 2 digits after the point, like 12.50</source>
        <translation>Po kropce wpisz najwyżej 2 cyfry, na przykład 12.50</translation>
    </message>
    <message>
        <source>That amount is too large. Enter an amount up to £1,000,000,000</source>
        <translation>Ta kwota jest za duża. Wpisz kwotę do £1,000,000,000</translation>
    </message>
</context>
<context>
    <name>MoveOutcomeCommand</name>
    <message>
        <source>move an outcome</source>
        <translation>przeniesienie celu</translation>
    </message>
</context>
<context>
    <name>PaCostCommand</name>
    <message>
        <source>Hours a week, like 16 or 7.5.</source>
        <translation>Liczba godzin tygodniowo, na przykład 16 albo 7.5.</translation>
    </message>
    <message>
        <source>Hourly wage in pounds, like 12.71.</source>
        <translation>Stawka godzinowa w funtach, na przykład 12.71.</translation>
    </message>
    <message>
        <source>A rate table file (default: the one for today).</source>
        <translation>Plik z tabelą stawek (domyślnie: tabela na dziś).</translation>
    </message>
    <message>
        <source>Use the built-in rate table for this date (YYYY-MM-DD).</source>
        <translation>Użyj wbudowanej tabeli stawek dla tej daty (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The employer claims Employment Allowance.</source>
        <translation>Pracodawca korzysta z Employment Allowance (ulgi dla pracodawców).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Wypisz JSON zamiast tekstu.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>nieoczekiwany argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give both --hours and --wage, like: pbplanner pa-cost --hours 16 --wage 12.71</source>
        <translation>podaj zarówno --hours, jak i --wage, na przykład: pbplanner pa-cost --hours 16 --wage 12.71</translation>
    </message>
    <message>
        <source>--hours: %1</source>
        <translation>--hours: %1</translation>
    </message>
    <message>
        <source>--hours: a week has 168 hours; enter the hours a week</source>
        <translation>--hours: tydzień ma 168 godzin; wpisz liczbę godzin tygodniowo</translation>
    </message>
    <message>
        <source>--wage: %1</source>
        <translation>--wage: %1</translation>
    </message>
    <message>
        <source>--date: write the date as YYYY-MM-DD, like 2026-04-06</source>
        <translation>--date: zapisz datę jako YYYY-MM-DD, na przykład 2026-04-06</translation>
    </message>
    <message>
        <source>A personal assistant for %1 hours a week at %2 an hour</source>
        <translation>Asystent osobisty na %1 godz. tygodniowo, za %2 za godzinę</translation>
    </message>
    <message>
        <source>Total: %1, which is %2 or %3.</source>
        <translation>Razem: %1, czyli %2 albo %3.</translation>
    </message>
    <message>
        <source>Rates as of %1 (%2).</source>
        <translation>Stawki na dzień %1 (%2).</translation>
    </message>
    <message>
        <source>Work out the true cost of employing a personal assistant.</source>
        <translation>Wylicz rzeczywisty koszt zatrudnienia asystenta osobistego.</translation>
    </message>
</context>
<context>
    <name>PersonalAssistantCost</name>
    <message>
        <source>1 hour</source>
        <extracomment>how many hours, e.g. &quot;1 hour&quot; or &quot;7.5 hours&quot;</extracomment>
        <translation>1 godzina</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <source>%1 a week at %2 an hour, for %3 weeks</source>
        <extracomment>e.g. &quot;10 hours a week at £12.71 an hour, for 52 weeks&quot;</extracomment>
        <translation>%1 tygodniowo po %2 za godzinę, przez %3 tyg.</translation>
    </message>
    <message>
        <source>%1 every four weeks at %2 an hour, %3 times a year</source>
        <translation>%1 co cztery tygodnie po %2 za godzinę, %3 razy w roku</translation>
    </message>
    <message>
        <source>%1 a month at %2 an hour, for %3 months</source>
        <translation>%1 miesięcznie po %2 za godzinę, przez %3 mies.</translation>
    </message>
    <message>
        <source>%1 a year at %2 an hour</source>
        <translation>%1 rocznie po %2 za godzinę</translation>
    </message>
    <message>
        <source>%1 at %2 an hour, once</source>
        <translation>%1 po %2 za godzinę, jednorazowo</translation>
    </message>
    <message>
        <source>(a typical figure, not a quote)</source>
        <translation>(typowa kwota, a nie wycena)</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Wynagrodzenie</translation>
    </message>
    <message>
        <source>Holiday pay</source>
        <translation>Wynagrodzenie urlopowe</translation>
    </message>
    <message>
        <source>%1 of wages, for %2 weeks of paid holiday a year</source>
        <extracomment>e.g. &quot;12.07% of wages, for 5.6 weeks of paid holiday a year&quot;</extracomment>
        <translation>%1 wynagrodzenia, za %2 tyg. płatnego urlopu w roku</translation>
    </message>
    <message>
        <source>Nothing to pay: pay of %1 a year, with holiday pay, is not above %2 a year</source>
        <extracomment>%1 is the yearly pay with holiday pay, %2 the threshold</extracomment>
        <translation>Nic do zapłaty: wynagrodzenie %1 rocznie, razem z wynagrodzeniem urlopowym, nie przekracza %2 rocznie</translation>
    </message>
    <message>
        <source>%1 of pay above %2 a year (pay is %3 a year with holiday pay)</source>
        <extracomment>e.g. &quot;15% of pay above £5,000 a year (pay is £7,406.93 a year with holiday pay)&quot;</extracomment>
        <translation>%1 wynagrodzenia powyżej %2 rocznie (wynagrodzenie to %3 rocznie razem z wynagrodzeniem urlopowym)</translation>
    </message>
    <message>
        <source>%1 of pay above %2 a year is %3, all paid for by the Employment Allowance</source>
        <translation>%1 wynagrodzenia powyżej %2 rocznie to %3 – całość pokrywa Employment Allowance (ulga dla pracodawców)</translation>
    </message>
    <message>
        <source>%1 of pay above %2 a year is %3, less %4 from the Employment Allowance</source>
        <translation>%1 wynagrodzenia powyżej %2 rocznie to %3, minus %4 z Employment Allowance (ulgi dla pracodawców)</translation>
    </message>
    <message numerus="yes">
        <source>(the allowance of %1 a year is shared between %n assistants)</source>
        <translation>
            <numerusform>(ulga w wysokości %1 rocznie przypada na %n asystenta)</numerusform>
            <numerusform>(ulga w wysokości %1 rocznie jest dzielona między %n asystentów)</numerusform>
            <numerusform>(ulga w wysokości %1 rocznie jest dzielona między %n asystentów)</numerusform>
        </translation>
    </message>
    <message>
        <source>Employer&apos;s National Insurance</source>
        <translation>Składka pracodawcy na National Insurance (ubezpieczenie społeczne)</translation>
    </message>
    <message>
        <source>%1 of pay between %2 and %3 a year</source>
        <extracomment>e.g. &quot;3% of pay between £6,240 and £50,270 a year&quot;</extracomment>
        <translation>%1 wynagrodzenia między %2 a %3 rocznie</translation>
    </message>
    <message>
        <source>Nothing to pay: pay of %1 a year is under %2 a year, so the assistant does not have to be put in a pension scheme</source>
        <translation>Nic do zapłaty: wynagrodzenie %1 rocznie jest niższe niż %2 rocznie, więc asystenta nie trzeba zapisywać do programu emerytalnego</translation>
    </message>
    <message>
        <source>Workplace pension</source>
        <translation>Pracowniczy program emerytalny</translation>
    </message>
    <message>
        <source>A yearly premium of %1</source>
        <translation>Roczna składka %1</translation>
    </message>
    <message numerus="yes">
        <source>A yearly premium of %1, shared between %n assistants</source>
        <translation>
            <numerusform>Roczna składka %1, na %n asystenta</numerusform>
            <numerusform>Roczna składka %1, dzielona między %n asystentów</numerusform>
            <numerusform>Roczna składka %1, dzielona między %n asystentów</numerusform>
        </translation>
    </message>
    <message>
        <source>Employer&apos;s liability insurance</source>
        <translation>Ubezpieczenie odpowiedzialności cywilnej pracodawcy</translation>
    </message>
    <message>
        <source>%1 a month for 12 months</source>
        <translation>%1 miesięcznie przez 12 miesięcy</translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for 12 months, shared between %n assistants</source>
        <translation>
            <numerusform>%1 miesięcznie przez 12 miesięcy, na %n asystenta</numerusform>
            <numerusform>%1 miesięcznie przez 12 miesięcy, dzielone między %n asystentów</numerusform>
            <numerusform>%1 miesięcznie przez 12 miesięcy, dzielone między %n asystentów</numerusform>
        </translation>
    </message>
    <message>
        <source>Payroll service</source>
        <translation>Obsługa płac</translation>
    </message>
    <message>
        <source>Money set aside for cover and sick pay</source>
        <translation>Pieniądze odłożone na zastępstwa i wynagrodzenie chorobowe</translation>
    </message>
    <message>
        <source>%1 of wages</source>
        <translation>%1 wynagrodzenia</translation>
    </message>
    <message numerus="yes">
        <source>Wages for %n pieces of support</source>
        <translation>
            <numerusform>Wynagrodzenie za %n element wsparcia</numerusform>
            <numerusform>Wynagrodzenie za %n elementy wsparcia</numerusform>
            <numerusform>Wynagrodzenie za %n elementów wsparcia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanChecker</name>
    <message>
        <source>You haven&apos;t added your budget yet. When you know it, add it under “My budget” so your plan can be checked against it.</source>
        <translation>Nie dodano jeszcze Twojego budżetu. Gdy go poznasz, dodaj go w części „Mój budżet”, aby można było porównać z nim plan.</translation>
    </message>
    <message>
        <source>Your plan is %1 more than your budget. You could reduce some support, or ask the council to look again at your budget.</source>
        <extracomment>%1 is an amount with its period, e.g. &quot;£1,200 a year&quot;</extracomment>
        <translation>Twój plan kosztuje o %1 więcej niż Twój budżet. Możesz ograniczyć część wsparcia albo poprosić samorząd o ponowne sprawdzenie budżetu.</translation>
    </message>
    <message>
        <source>%1 of your budget is not planned yet. You could add support for what matters to you, or talk to the council about it: money that is not used may be taken back.</source>
        <translation>%1 Twojego budżetu nie jest jeszcze zaplanowane. Możesz dodać wsparcie w tym, co jest dla Ciebie ważne, albo porozmawiać o tym z samorządem: niewykorzystane pieniądze mogą zostać odebrane.</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1, but your budget is %2. You could check the amounts under “My budget”.</source>
        <translation>Twoje źródła finansowania dają razem %1, ale Twój budżet to %2. Sprawdź kwoty w części „Mój budżet”.</translation>
    </message>
    <message>
        <source>Your plan pays %1 from “%2”, but your budget has %3 from it. You could pay for some support another way, or check the amounts.</source>
        <translation>Twój plan płaci %1 ze źródła „%2”, ale w Twoim budżecie jest z niego %3. Możesz zapłacić za część wsparcia w inny sposób albo sprawdzić kwoty.</translation>
    </message>
    <message>
        <source>“%1” is paid from “%2”, but your budget has no money from it. You could choose another way to pay for it, or add this funding to your budget.</source>
        <translation>„%1” jest opłacane ze źródła „%2”, ale w Twoim budżecie nie ma z niego pieniędzy. Możesz wybrać inny sposób płacenia albo dodać to źródło finansowania do budżetu.</translation>
    </message>
    <message>
        <source>“%1” is paid from Access to Work, which only pays for support you need for work. You could link it to a work or learning outcome, or pay for it another way.</source>
        <translation>„%1” jest opłacane z Access to Work, które pokrywa tylko wsparcie potrzebne w pracy. Możesz połączyć je z celem dotyczącym pracy lub nauki albo zapłacić za nie w inny sposób.</translation>
    </message>
    <message>
        <source>“%1” is paid from a Disabled Facilities Grant, which only pays for changes to your home, like a ramp or a level-access shower. You could pay for it another way.</source>
        <translation>„%1” jest opłacane z Disabled Facilities Grant, która pokrywa tylko zmiany w domu, na przykład podjazd albo prysznic bez progu. Możesz zapłacić za to w inny sposób.</translation>
    </message>
    <message>
        <source>Your plan doesn&apos;t say what matters to you yet. You could add a few things you want to achieve under “What matters to me”, so your support can be planned around them.</source>
        <translation>Twój plan nie mówi jeszcze, co jest dla Ciebie ważne. W części „Co jest dla mnie ważne” możesz dodać kilka rzeczy, które chcesz osiągnąć, aby zaplanować wokół nich wsparcie.</translation>
    </message>
    <message>
        <source>Nothing in your plan helps with “%1” yet. You could add support for it, or help from family, friends or your community.</source>
        <translation>Nic w Twoim planie nie pomaga jeszcze w celu „%1”. Możesz dodać do niego wsparcie albo pomoc rodziny, przyjaciół lub społeczności.</translation>
    </message>
    <message>
        <source>You haven&apos;t chosen which outcomes matter most to you. You could mark your 3 most important ones, so everyone knows what comes first.</source>
        <translation>Nie wybrano jeszcze, które cele są dla Ciebie najważniejsze. Możesz zaznaczyć 3 najważniejsze, aby wszyscy wiedzieli, co jest na pierwszym miejscu.</translation>
    </message>
    <message numerus="yes">
        <source>You have marked %n outcome(s) as most important. You could mark 3, so everyone knows what comes first.</source>
        <translation>
            <numerusform>Jako najważniejszy zaznaczono %n cel. Możesz zaznaczyć 3, aby wszyscy wiedzieli, co jest na pierwszym miejscu.</numerusform>
            <numerusform>Jako najważniejsze zaznaczono %n cele. Możesz zaznaczyć 3, aby wszyscy wiedzieli, co jest na pierwszym miejscu.</numerusform>
            <numerusform>Jako najważniejsze zaznaczono %n celów. Możesz zaznaczyć 3, aby wszyscy wiedzieli, co jest na pierwszym miejscu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have marked %n outcomes as most important. You could choose the 3 that matter most, so everyone knows what comes first.</source>
        <translation>
            <numerusform>Jako najważniejszy zaznaczono %n cel. Możesz wybrać 3, które są najważniejsze, aby wszyscy wiedzieli, co jest na pierwszym miejscu.</numerusform>
            <numerusform>Jako najważniejsze zaznaczono %n cele. Możesz wybrać 3, które są najważniejsze, aby wszyscy wiedzieli, co jest na pierwszym miejscu.</numerusform>
            <numerusform>Jako najważniejsze zaznaczono %n celów. Możesz wybrać 3, które są najważniejsze, aby wszyscy wiedzieli, co jest na pierwszym miejscu.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” isn&apos;t linked to any of your outcomes. You could say which outcome it helps with, so the council can see why it&apos;s in your plan.</source>
        <translation>„%1” nie jest połączone z żadnym z Twoich celów. Możesz wskazać, w którym celu pomaga, aby samorząd widział, dlaczego jest w planie.</translation>
    </message>
    <message>
        <source>“%1” has no cost yet. You could add its price and how much you need, so your plan adds up.</source>
        <translation>„%1” nie ma jeszcze kosztu. Możesz dodać cenę i to, ile potrzebujesz, aby plan się zgadzał.</translation>
    </message>
    <message>
        <source>“%1” is long-term residential care, which money paid to you (a direct payment) can&apos;t pay for. The council can arrange it for you instead. Short stays away from home (short breaks) are fine.</source>
        <translation>„%1” to długoterminowa opieka stacjonarna, której nie można opłacić z pieniędzy wypłacanych Tobie (płatności bezpośredniej). Samorząd może ją zorganizować za Ciebie. Krótkie pobyty poza domem (pobyty wytchnieniowe) są w porządku.</translation>
    </message>
    <message>
        <source>“%1” is paid %2 an hour. The law says a personal assistant aged %3 or over must be paid at least %4 an hour (the National Living Wage from %5). You could raise the hourly pay. If your assistant is younger or an apprentice, a lower minimum may apply.</source>
        <translation>„%1” ma stawkę %2 za godzinę. Zgodnie z prawem asystent osobisty w wieku %3 lat lub starszy musi dostawać co najmniej %4 za godzinę (National Living Wage, czyli płaca minimalna, od %5). Możesz podnieść stawkę godzinową. Jeśli asystent jest młodszy albo jest praktykantem, może obowiązywać niższe minimum.</translation>
    </message>
    <message>
        <source>“%1” pays a close relative who lives with you from your direct payment. This is only allowed if the council agrees it is necessary. You could ask the council, and note in your plan when they agree.</source>
        <translation>„%1” to płatność z Twojej płatności bezpośredniej dla bliskiego krewnego, który z Tobą mieszka. Jest to dozwolone tylko wtedy, gdy samorząd uzna, że jest to konieczne. Możesz zapytać samorząd i zapisać w planie, kiedy się zgodzi.</translation>
    </message>
    <message>
        <source>“%1” is paid from an Individual Service Fund, but no provider is named. You could add the provider who will hold the money and arrange the support.</source>
        <translation>„%1” jest opłacane z Indywidualnego Funduszu Usług, ale nie podano usługodawcy. Możesz dodać usługodawcę, który będzie przechowywał pieniądze i organizował wsparcie.</translation>
    </message>
    <message>
        <source>Your plan doesn&apos;t say what happens if your usual support can&apos;t come, for example if your assistant is ill. You could add a back-up plan: who to call, and what they will do.</source>
        <translation>Twój plan nie mówi jeszcze, co się stanie, jeśli Twoje zwykłe wsparcie nie przyjdzie, na przykład gdy asystent zachoruje. Możesz dodać plan awaryjny: do kogo zadzwonić i co ta osoba zrobi.</translation>
    </message>
    <message>
        <source>The pay rates used for personal assistants are for %1 to %2, but your plan is for %3. The costs may be a little different.</source>
        <translation>Stawki dla asystentów osobistych dotyczą okresu od %1 do %2, a Twój plan dotyczy %3. Koszty mogą się trochę różnić.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>This file is damaged or is not a plan file, so nothing was imported. Ask the person who sent it for a new copy.</source>
        <translation>Ten plik jest uszkodzony albo nie jest plikiem planu, więc niczego nie zaimportowano. Poproś osobę, która go wysłała, o nową kopię.</translation>
    </message>
    <message>
        <source>This file is empty, so nothing was imported. Ask the person who sent it for a new copy.</source>
        <translation>Ten plik jest pusty, więc niczego nie zaimportowano. Poproś osobę, która go wysłała, o nową kopię.</translation>
    </message>
    <message>
        <source>This file is too big to be a plan file (more than %L1 MB), so nothing was imported.</source>
        <translation>Ten plik jest za duży, aby był plikiem planu (ponad %L1 MB), więc niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of Personal Budget Planner (format %1). Install the newer version to open it.</source>
        <translation>Ten plan został zapisany przez nowszą wersję Personal Budget Planner (format %1). Zainstaluj nowszą wersję, aby go otworzyć.</translation>
    </message>
    <message>
        <source>This plan uses something this version of Personal Budget Planner does not know about, so nothing was imported. It may have been saved by a newer version: install the newer version to open it.</source>
        <translation>Ten plan używa czegoś, czego ta wersja Personal Budget Planner nie zna, więc niczego nie zaimportowano. Mógł zostać zapisany przez nowszą wersję: zainstaluj ją, aby go otworzyć.</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1. Check that the folder exists and that you may save files there, then try again.</source>
        <translation>Nie udało się zapisać planu jako %1. Sprawdź, czy folder istnieje i czy możesz w nim zapisywać pliki, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1: the disk may be full. Nothing was changed. Free some space, then try again.</source>
        <translation>Nie udało się zapisać planu jako %1: dysk może być pełny. Nic nie zostało zmienione. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1. Nothing was changed. Check that you may save files there, then try again.</source>
        <translation>Nie udało się zapisać planu jako %1. Nic nie zostało zmienione. Sprawdź, czy możesz tam zapisywać pliki, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The file %1 could not be found, so nothing was imported. Check the name and the folder, then try again.</source>
        <translation>Nie znaleziono pliku %1, więc niczego nie zaimportowano. Sprawdź nazwę i folder, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file, so nothing was imported. Choose a file ending in .pbplan.</source>
        <translation>%1 to folder, a nie plik planu, więc niczego nie zaimportowano. Wybierz plik z końcówką .pbplan.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened, so nothing was imported. Check that you may read it, then try again.</source>
        <translation>Nie udało się otworzyć pliku %1, więc niczego nie zaimportowano. Sprawdź, czy możesz go odczytać, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was imported. Try again, or ask for a new copy.</source>
        <translation>Nie udało się odczytać pliku %1, więc niczego nie zaimportowano. Spróbuj ponownie albo poproś o nową kopię.</translation>
    </message>
</context>
<context>
    <name>PlanFileCommand</name>
    <message>
        <source>The plan file to read.</source>
        <translation>Plik planu do odczytania.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Wypisz JSON zamiast tekstu.</translation>
    </message>
    <message>
        <source>Cost personal assistants with this rate table instead of the one for the plan&apos;s date.</source>
        <translation>Wylicz koszt asystentów osobistych według tej tabeli stawek zamiast tabeli dla daty planu.</translation>
    </message>
    <message>
        <source>give exactly one plan file, like: pbplanner %1 my-plan.pbplan</source>
        <translation>podaj dokładnie jeden plik planu, na przykład: pbplanner %1 my-plan.pbplan</translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <source>Print your plan</source>
        <translation>Wydrukuj swój plan</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Podgląd wydruku: %1</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>This version hasn&apos;t been agreed yet, so there is no agreed copy of it to show.</source>
        <translation>Ta wersja nie została jeszcze uzgodniona, więc nie ma jej uzgodnionej kopii do pokazania.</translation>
    </message>
    <message>
        <source>This version has been agreed and can&apos;t be changed. Make a new version to change it.</source>
        <translation>Ta wersja została uzgodniona i nie można jej zmienić. Aby coś zmienić, utwórz nową wersję.</translation>
    </message>
    <message>
        <source>This version was agreed on %1 and can&apos;t be changed. Make a new version to change it.</source>
        <translation>Ta wersja została uzgodniona %1 i nie można jej zmienić. Aby coś zmienić, utwórz nową wersję.</translation>
    </message>
    <message>
        <source>This version has been replaced by a newer version, so it can&apos;t be changed. Open the current version to make changes.</source>
        <translation>Ta wersja została zastąpiona nowszą, więc nie można jej zmienić. Otwórz aktualną wersję, aby wprowadzić zmiany.</translation>
    </message>
    <message>
        <source>This version was agreed on %1 and has since been replaced by a newer version, so it can&apos;t be changed. Open the current version to make changes.</source>
        <translation>Ta wersja została uzgodniona %1, a potem zastąpiona nowszą, więc nie można jej zmienić. Otwórz aktualną wersję, aby wprowadzić zmiany.</translation>
    </message>
    <message>
        <source>This version hasn&apos;t been agreed yet. A review looks back at an agreed plan, so agree the plan first.</source>
        <translation>Ta wersja nie została jeszcze uzgodniona. Przegląd dotyczy uzgodnionego planu, więc najpierw uzgodnij plan.</translation>
    </message>
    <message>
        <source>This version has been replaced by a newer agreed version. Add the review to the current version.</source>
        <translation>Ta wersja została zastąpiona nowszą uzgodnioną wersją. Dodaj przegląd do aktualnej wersji.</translation>
    </message>
    <message>
        <source>%1 already has a draft plan (version %2). Open it to make changes.</source>
        <translation>%1 ma już plan w wersji roboczej (wersja %2). Otwórz go, aby wprowadzić zmiany.</translation>
    </message>
    <message>
        <source>This version is still a draft, so it can be changed as it is: no new version is needed.</source>
        <translation>Ta wersja jest nadal robocza, więc można ją zmieniać bez tworzenia nowej wersji.</translation>
    </message>
    <message>
        <source>This version has been replaced by a newer one. Make changes from the current version instead.</source>
        <translation>Ta wersja została zastąpiona nowszą. Wprowadź zmiany w aktualnej wersji.</translation>
    </message>
    <message>
        <source>Version %1 of this plan already exists. Open it to make changes.</source>
        <translation>Wersja %1 tego planu już istnieje. Otwórz ją, aby wprowadzić zmiany.</translation>
    </message>
    <message>
        <source>Say who agreed the plan (a name, and their role if it helps), then agree it again. Nothing was changed.</source>
        <translation>Podaj, kto uzgodnił plan (imię i nazwisko, a jeśli to pomoże – także rolę), a potem uzgodnij plan ponownie. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Choose a date for the first review, then agree the plan again. Nothing was changed.</source>
        <translation>Wybierz datę pierwszego przeglądu, a potem uzgodnij plan ponownie. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The review date is before the day the plan is agreed. Choose a later review date, then agree the plan again. Nothing was changed.</source>
        <translation>Data przeglądu jest wcześniejsza niż dzień uzgodnienia planu. Wybierz późniejszą datę przeglądu, a potem uzgodnij plan ponownie. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The next review is before the day of this review. Choose a later date for the next review. Nothing was changed.</source>
        <translation>Następny przegląd wypada przed dniem tego przeglądu. Wybierz późniejszą datę następnego przeglądu. Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Not given</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Who helps me with this plan</source>
        <translation>Kto pomaga mi w tym planie</translation>
    </message>
    <message>
        <source>The language I prefer</source>
        <translation>Język, który wolę</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Easy-read</source>
        <translation>Tekst łatwy do czytania</translation>
    </message>
    <message>
        <source>Yes, I would like my plan in easy-read</source>
        <translation>Tak, chcę dostać plan w wersji łatwej do czytania</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>My budget</source>
        <translation>Mój budżet</translation>
    </message>
    <message>
        <source>Not added yet</source>
        <translation>Jeszcze nie dodano</translation>
    </message>
    <message>
        <source>The amount the council suggests (indicative budget)</source>
        <translation>Kwota proponowana przez samorząd (budżet orientacyjny)</translation>
    </message>
    <message>
        <source>The amount agreed (agreed budget)</source>
        <translation>Uzgodniona kwota (budżet uzgodniony)</translation>
    </message>
    <message>
        <source>Dates</source>
        <extracomment>the dates a budget covers: &quot;1 December 2026 to 30 November 2027&quot;</extracomment>
        <translation>Daty</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Jeszcze nie ustawiono</translation>
    </message>
    <message>
        <source>How the amount was worked out</source>
        <translation>Jak obliczono kwotę</translation>
    </message>
    <message>
        <source>From my answers to the council&apos;s questions (resource allocation system)</source>
        <translation>Na podstawie moich odpowiedzi na pytania samorządu (system przydziału środków, RAS)</translation>
    </message>
    <message>
        <source>A figure from the council</source>
        <translation>Kwota podana przez samorząd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a funding stream: &quot;NHS personal health budget: £6,200 a year&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>Razem: %1</translation>
    </message>
    <message>
        <source>Where the money comes from (funding streams)</source>
        <translation>Skąd pochodzą pieniądze (źródła finansowania)</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Jeszcze nic nie napisano</translation>
    </message>
    <message>
        <source>No words yet</source>
        <translation>Jeszcze brak opisu</translation>
    </message>
    <message>
        <source>Part of life: %1</source>
        <extracomment>%1 is a life area, e.g. &quot;Health&quot;</extracomment>
        <translation>Dziedzina życia: %1</translation>
    </message>
    <message>
        <source>How I will know it is working: %1</source>
        <translation>Jak poznam, że to działa: %1</translation>
    </message>
    <message>
        <source>One of my three most important</source>
        <translation>Jeden z trzech najważniejszych dla mnie celów</translation>
    </message>
    <message>
        <source>Also matters to me</source>
        <translation>Też jest dla mnie ważne</translation>
    </message>
    <message>
        <source>Who looks after the money</source>
        <translation>Kto pilnuje pieniędzy</translation>
    </message>
    <message>
        <source>Who the money is paid to (nominee)</source>
        <translation>Komu wypłacane są pieniądze (osoba upoważniona)</translation>
    </message>
    <message>
        <source>The provider who holds the money</source>
        <translation>Usługodawca, który przechowuje pieniądze</translation>
    </message>
    <message>
        <source>Who manages the money for me</source>
        <translation>Kto zarządza pieniędzmi za mnie</translation>
    </message>
    <message>
        <source>How my support is paid for</source>
        <translation>Jak opłacane jest moje wsparcie</translation>
    </message>
    <message>
        <source>My support</source>
        <translation>Moje wsparcie</translation>
    </message>
    <message>
        <source>Nothing added yet</source>
        <translation>Jeszcze nic nie dodano</translation>
    </message>
    <message>
        <source>Costs nothing (unpaid)</source>
        <translation>Nic nie kosztuje (nieodpłatne)</translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>%1 is who provides the support, e.g. &quot;Oldham Physio Centre&quot;</extracomment>
        <translation>Od: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>the planned cost in the budget&apos;s period, then a year: &quot;£120 a week (£6,240 a year)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total cost of my support</source>
        <translation>Łączny koszt mojego wsparcia</translation>
    </message>
    <message>
        <source>More than my budget</source>
        <translation>Więcej niż mój budżet</translation>
    </message>
    <message>
        <source>Left over</source>
        <translation>Zostaje</translation>
    </message>
    <message>
        <source>Personal assistants I employ</source>
        <translation>Asystenci osobiści, których zatrudniam</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What happens if my support can&apos;t come</source>
        <translation>Co się stanie, jeśli moje wsparcie nie przyjdzie</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Jeszcze nie napisano</translation>
    </message>
    <message>
        <source>Who to call (back-up contact)</source>
        <translation>Do kogo zadzwonić (kontakt awaryjny)</translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <source>a piece of text is longer than %L1 characters</source>
        <translation>fragment tekstu jest dłuższy niż %L1 znaków</translation>
    </message>
    <message>
        <source>an amount of money is less than nothing</source>
        <translation>kwota pieniędzy jest mniejsza od zera</translation>
    </message>
    <message>
        <source>an amount of money is more than %1</source>
        <translation>kwota pieniędzy jest większa niż %1</translation>
    </message>
    <message>
        <source>a record number is less than zero</source>
        <translation>numer rekordu jest mniejszy od zera</translation>
    </message>
    <message>
        <source>%1 has a number less than zero</source>
        <translation>%1: numer jest mniejszy od zera</translation>
    </message>
    <message>
        <source>two of the %1 have the same number</source>
        <translation>%1: dwa elementy mają ten sam numer</translation>
    </message>
    <message>
        <source>the plan&apos;s version number is not possible</source>
        <translation>numer wersji planu jest niemożliwy</translation>
    </message>
    <message>
        <source>funding streams</source>
        <translation>źródła finansowania</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>cele</translation>
    </message>
    <message>
        <source>support items</source>
        <translation>elementy wsparcia</translation>
    </message>
    <message>
        <source>a piece of support has an impossible quantity</source>
        <translation>element wsparcia ma niemożliwą ilość</translation>
    </message>
    <message>
        <source>a piece of support is for an outcome that is not in the plan</source>
        <translation>element wsparcia dotyczy celu, którego nie ma w planie</translation>
    </message>
    <message>
        <source>a review&apos;s happiness score is not between 1 and 5</source>
        <translation>ocena zadowolenia w przeglądzie nie mieści się między 1 a 5</translation>
    </message>
    <message>
        <source>a review looks at an outcome that is not in the plan</source>
        <translation>przegląd dotyczy celu, którego nie ma w planie</translation>
    </message>
    <message>
        <source>This file holds a plan that cannot be right (%1), so nothing was imported. Ask the person who sent it for a new copy.</source>
        <translation>Ten plik zawiera plan, który nie może być poprawny (%1), więc niczego nie zaimportowano. Poproś osobę, która go wysłała, o nową kopię.</translation>
    </message>
</context>
<context>
    <name>QuantityParser</name>
    <message>
        <source>Enter a number of 0 or more, like 10 or 7.5</source>
        <translation>Wpisz liczbę 0 lub większą, na przykład 10 albo 7.5</translation>
    </message>
    <message>
        <source>Enter a number, like 10 or 7.5</source>
        <translation>Wpisz liczbę, na przykład 10 albo 7.5</translation>
    </message>
    <message>
        <source>Use no more than 2 digits after the point, like 7.25</source>
        <translation>Po kropce wpisz najwyżej 2 cyfry, na przykład 7.25</translation>
    </message>
    <message>
        <source>That number is too large. Enter a number up to 10,000</source>
        <translation>Ta liczba jest za duża. Wpisz liczbę do 10,000</translation>
    </message>
</context>
<context>
    <name>QuantityText</name>
    <message>
        <source>in a week</source>
        <translation>w tygodniu</translation>
    </message>
    <message>
        <source>in four weeks</source>
        <translation>w ciągu czterech tygodni</translation>
    </message>
    <message>
        <source>in a month</source>
        <translation>w miesiącu</translation>
    </message>
    <message>
        <source>in a year</source>
        <translation>w roku</translation>
    </message>
    <message>
        <source>Enter the number of hours, like 10 or 7.5</source>
        <translation>Wpisz liczbę godzin, na przykład 10 albo 7.5</translation>
    </message>
    <message>
        <source>Enter how many, like 1, 10 or 7.5</source>
        <translation>Wpisz ilość, na przykład 1, 10 albo 7.5</translation>
    </message>
    <message>
        <source>The hours can&apos;t be less than 0. Enter a number like 10 or 7.5</source>
        <translation>Liczba godzin nie może być mniejsza od 0. Wpisz liczbę, na przykład 10 albo 7.5</translation>
    </message>
    <message>
        <source>How many can&apos;t be less than 0. Enter a number like 1, 10 or 7.5</source>
        <translation>Ilość nie może być mniejsza od 0. Wpisz liczbę, na przykład 1, 10 albo 7.5</translation>
    </message>
    <message>
        <source>Enter the hours as a number, like 10 or 7.5</source>
        <translation>Wpisz godziny jako liczbę, na przykład 10 albo 7.5</translation>
    </message>
    <message>
        <source>Enter a number, like 1, 10 or 7.5</source>
        <translation>Wpisz liczbę, na przykład 1, 10 albo 7.5</translation>
    </message>
    <message>
        <source>Use no more than 2 numbers after the point, like 7.25</source>
        <translation>Po kropce wpisz najwyżej 2 cyfry, na przykład 7.25</translation>
    </message>
    <message>
        <source>There are only %1 hours %2. Check the number of hours, like 10 or 7.5</source>
        <translation>Liczba godzin %2 to najwyżej %1. Sprawdź liczbę godzin, na przykład 10 albo 7.5</translation>
    </message>
    <message>
        <source>That is more than %1. Check the number, like 1, 10 or 7.5</source>
        <translation>To więcej niż %1. Sprawdź liczbę, na przykład 1, 10 albo 7.5</translation>
    </message>
    <message>
        <source>Enter a number of hours more than 0, like 10 or 7.5</source>
        <translation>Wpisz liczbę godzin większą od 0, na przykład 10 albo 7.5</translation>
    </message>
    <message>
        <source>Enter a number more than 0, like 1, 10 or 7.5</source>
        <translation>Wpisz liczbę większą od 0, na przykład 1, 10 albo 7.5</translation>
    </message>
</context>
<context>
    <name>RasAnswersLoader</name>
    <message>
        <source>The answers cannot be used. %1</source>
        <translation>Nie można użyć odpowiedzi. %1</translation>
    </message>
    <message>
        <source>The answers in &quot;%1&quot; cannot be used. %2</source>
        <translation>Nie można użyć odpowiedzi z &quot;%1&quot;. %2</translation>
    </message>
    <message>
        <source>The answers file &quot;%1&quot; could not be opened. Check that it is there and that you may read it.</source>
        <translation>Nie udało się otworzyć pliku z odpowiedziami &quot;%1&quot;. Sprawdź, czy istnieje i czy możesz go odczytać.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too big to be a file of answers.</source>
        <translation>Plik &quot;%1&quot; jest za duży, aby był plikiem z odpowiedziami.</translation>
    </message>
    <message>
        <source>The answers file &quot;%1&quot; could not be read.</source>
        <translation>Nie udało się odczytać pliku z odpowiedziami &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It is too big to be a file of answers.</source>
        <translation>Jest za duży, aby był plikiem z odpowiedziami.</translation>
    </message>
    <message>
        <source>%1 is not a question id: ids are short names of letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot;.</source>
        <translation>%1 nie jest identyfikatorem pytania: identyfikatory to krótkie nazwy z liter, cyfr, &quot;-&quot;, &quot;_&quot; lub &quot;.&quot;.</translation>
    </message>
</context>
<context>
    <name>RasCalculator</name>
    <message>
        <source>These answers were made for the scheme &quot;%1&quot;, not for &quot;%2&quot;. Choose the scheme they were made for.</source>
        <translation>Te odpowiedzi przygotowano dla schematu &quot;%1&quot;, a nie dla &quot;%2&quot;. Wybierz schemat, dla którego je przygotowano.</translation>
    </message>
    <message>
        <source>The amount is too large to work out, so the scheme&apos;s figures cannot be right. Ask whoever made the scheme to check it.</source>
        <translation>Kwota jest za duża, aby ją obliczyć, więc dane schematu nie mogą być poprawne. Poproś autora schematu o jego sprawdzenie.</translation>
    </message>
    <message>
        <source>The answers name a question that is not in the scheme &quot;%1&quot;: &quot;%2&quot;. Check the question ids.</source>
        <translation>Odpowiedzi wymieniają pytanie, którego nie ma w schemacie &quot;%1&quot;: &quot;%2&quot;. Sprawdź identyfikatory pytań.</translation>
    </message>
    <message>
        <source>The scheme&apos;s questions are: %1.</source>
        <translation>Pytania schematu to: %1.</translation>
    </message>
    <message>
        <source>The answer to the question &quot;%1&quot; is &quot;%2&quot;, which is not one of its answers. It can be: %3.</source>
        <translation>Odpowiedź na pytanie &quot;%1&quot; to &quot;%2&quot;, a nie ma jej wśród możliwych odpowiedzi. Możliwe odpowiedzi: %3.</translation>
    </message>
    <message>
        <source>The scheme has no band for %1 points, so it cannot give an amount. Ask whoever made the scheme to check its bands.</source>
        <translation>Schemat nie ma przedziału dla %1 pkt, więc nie może podać kwoty. Poproś autora schematu o sprawdzenie przedziałów.</translation>
    </message>
</context>
<context>
    <name>RasCommand</name>
    <message>
        <source>The RAS scheme (see resources/ras).</source>
        <translation>Schemat RAS (zobacz resources/ras).</translation>
    </message>
    <message>
        <source>The answers: {&quot;scheme&quot;: id, &quot;answers&quot;: {question: option}}.</source>
        <translation>Odpowiedzi: {&quot;scheme&quot;: id, &quot;answers&quot;: {question: option}}.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Wypisz JSON zamiast tekstu.</translation>
    </message>
    <message>
        <source>give a scheme file and an answers file, like: pbplanner ras scheme.json answers.json</source>
        <translation>podaj plik schematu i plik z odpowiedziami, na przykład: pbplanner ras scheme.json answers.json</translation>
    </message>
    <message>
        <source>Indicative budget: %1</source>
        <translation>Budżet orientacyjny: %1</translation>
    </message>
    <message>
        <source>Work out a budget from a RAS scheme and answers, and explain it.</source>
        <translation>Oblicz budżet na podstawie schematu RAS i odpowiedzi oraz wyjaśnij go.</translation>
    </message>
</context>
<context>
    <name>RasExplainer</name>
    <message>
        <source>You have not answered any of the questions yet, so the score is 0 points.</source>
        <translation>Nie odpowiedziano jeszcze na żadne pytanie, więc wynik to 0 pkt.</translation>
    </message>
    <message>
        <source>Your answers scored 1 point.</source>
        <translation>Twoje odpowiedzi dały 1 punkt.</translation>
    </message>
    <message>
        <source>Your answers scored %1 points.</source>
        <translation>Twoje odpowiedzi dały %1 pkt.</translation>
    </message>
    <message>
        <source>You have not answered %1 of the %2 questions yet: they count as 0 points until you do.</source>
        <translation>Nie odpowiedziano jeszcze na %1 z %2 pytań: do czasu odpowiedzi liczą się jako 0 pkt.</translation>
    </message>
    <message>
        <source>Each point is worth %1.</source>
        <translation>Każdy punkt jest wart %1.</translation>
    </message>
    <message>
        <source>%1 × %2 = %3.</source>
        <extracomment>points × price per point = amount a year, e.g. &quot;142 × £42 = £5,964 a year.&quot;</extracomment>
        <translation>%1 × %2 = %3.</translation>
    </message>
    <message>
        <source>%1 is in the band for %2 to %3 points.</source>
        <translation>Wynik %1 mieści się w przedziale od %2 do %3 pkt.</translation>
    </message>
    <message>
        <source>%1 is in %2, for %3 to %4 points.</source>
        <translation>Wynik %1 należy do przedziału „%2” (od %3 do %4 pkt).</translation>
    </message>
    <message>
        <source>%1 is in the band for %2 points or more.</source>
        <translation>Wynik %1 mieści się w przedziale od %2 pkt wzwyż.</translation>
    </message>
    <message>
        <source>%1 is in %2, for %3 points or more.</source>
        <translation>Wynik %1 należy do przedziału „%2” (od %3 pkt wzwyż).</translation>
    </message>
    <message>
        <source>That band gives %1.</source>
        <translation>Ten przedział daje %1.</translation>
    </message>
    <message>
        <source>Each change below is a share of %1, the amount from the points.</source>
        <translation>Każda zmiana poniżej to część kwoty %1, czyli kwoty z punktów.</translation>
    </message>
    <message>
        <source>%1, so the amount goes down by %2: %3 less.</source>
        <translation>%1, więc kwota maleje o %2: o %3 mniej.</translation>
    </message>
    <message>
        <source>%1, so the amount goes up by %2: %3 more.</source>
        <translation>%1, więc kwota rośnie o %2: o %3 więcej.</translation>
    </message>
    <message>
        <source>The amount cannot go below %1, so it stops at %1.</source>
        <translation>Kwota nie może spaść poniżej %1, więc zatrzymuje się na %1.</translation>
    </message>
    <message>
        <source>That makes %1.</source>
        <translation>To daje %1.</translation>
    </message>
    <message>
        <source>The council&apos;s lowest amount is %1, so the amount goes up to that.</source>
        <translation>Najniższa kwota samorządu to %1, więc kwota rośnie do tej wysokości.</translation>
    </message>
    <message>
        <source>The council&apos;s highest amount is %1, so the amount comes down to that.</source>
        <translation>Najwyższa kwota samorządu to %1, więc kwota spada do tej wysokości.</translation>
    </message>
    <message>
        <source>The next amount is separate, so the council&apos;s lowest and highest amounts do not limit it.</source>
        <translation>Następna kwota jest osobna, więc najniższa i najwyższa kwota samorządu jej nie ograniczają.</translation>
    </message>
    <message>
        <source>The next amounts are separate, so the council&apos;s lowest and highest amounts do not limit them.</source>
        <translation>Następne kwoty są osobne, więc najniższa i najwyższa kwota samorządu ich nie ograniczają.</translation>
    </message>
    <message>
        <source>%1, so %2 is added.</source>
        <translation>%1, więc dodaje się %2.</translation>
    </message>
    <message>
        <source>%1, so %2 is added: the council calls this the “%3”.</source>
        <translation>%1, więc dodaje się %2: samorząd nazywa to „%3”.</translation>
    </message>
    <message>
        <source>%1, so %2 is taken off.</source>
        <translation>%1, więc odejmuje się %2.</translation>
    </message>
    <message>
        <source>%1, so %2 is taken off: the council calls this the “%3”.</source>
        <translation>%1, więc odejmuje się %2: samorząd nazywa to „%3”.</translation>
    </message>
    <message>
        <source>So the amount is %1.</source>
        <translation>Kwota wynosi więc %1.</translation>
    </message>
    <message>
        <source>So far, the amount is %1.</source>
        <translation>Na razie kwota wynosi %1.</translation>
    </message>
    <message>
        <source>It may change as you answer the rest of the questions.</source>
        <translation>Może się zmienić, gdy odpowiesz na pozostałe pytania.</translation>
    </message>
    <message>
        <source>The council calls this the “%1”.</source>
        <translation>Samorząd nazywa to „%1”.</translation>
    </message>
    <message>
        <source>This scheme is an example, not any council&apos;s real figures: ask your council for its own scheme, or for the amount it has worked out for you.</source>
        <translation>Ten schemat to przykład, a nie prawdziwe dane żadnego samorządu: poproś swój samorząd o jego własny schemat albo o kwotę, którą dla Ciebie obliczył.</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punkt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 pkt</translation>
    </message>
</context>
<context>
    <name>RasSchemeLoader</name>
    <message>
        <source>It is not a RAS scheme file: it should have &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>To nie jest plik schematu RAS: powinien zawierać &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It was made for a newer version of this program (scheme format %1; this version reads format %2). Update the program to use it.</source>
        <translation>Ten plik przygotowano dla nowszej wersji programu (format schematu %1; ta wersja odczytuje format %2). Zaktualizuj program, aby go użyć.</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1.</source>
        <translation>&quot;formatVersion&quot; musi mieć wartość %1.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not an area of life the program knows. It can be one of: %3.</source>
        <translation>%1 ma wartość %2, a to nie jest dziedzina życia, którą zna program. Możliwe wartości: %3.</translation>
    </message>
    <message>
        <source>%1 is not used with the rule %2: take it out, or change &quot;money.rule&quot;.</source>
        <translation>%1 nie jest używane z regułą %2: usuń to pole albo zmień &quot;money.rule&quot;.</translation>
    </message>
    <message>
        <source>&quot;money.rule&quot; must be %1 or %2, not %3.</source>
        <translation>&quot;money.rule&quot; musi mieć wartość %1 lub %2, a nie %3.</translation>
    </message>
    <message>
        <source>The scheme cannot be used. %1</source>
        <translation>Nie można użyć schematu. %1</translation>
    </message>
    <message>
        <source>The scheme in &quot;%1&quot; cannot be used. %2</source>
        <translation>Nie można użyć schematu z &quot;%1&quot;. %2</translation>
    </message>
    <message>
        <source>The scheme file &quot;%1&quot; could not be opened. Check that it is there and that you may read it.</source>
        <translation>Nie udało się otworzyć pliku schematu &quot;%1&quot;. Sprawdź, czy istnieje i czy możesz go odczytać.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too big to be a RAS scheme.</source>
        <translation>Plik &quot;%1&quot; jest za duży, aby był schematem RAS.</translation>
    </message>
    <message>
        <source>The scheme file &quot;%1&quot; could not be read.</source>
        <translation>Nie udało się odczytać pliku schematu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It is too big to be a RAS scheme.</source>
        <translation>Jest za duży, aby był schematem RAS.</translation>
    </message>
</context>
<context>
    <name>RasSchemeValidator</name>
    <message>
        <source>&quot;questions&quot; is empty: a scheme needs at least one question.</source>
        <translation>&quot;questions&quot; jest puste: schemat potrzebuje co najmniej jednego pytania.</translation>
    </message>
    <message>
        <source>&quot;questions&quot; has %1 questions; a scheme can have at most %2.</source>
        <translation>&quot;questions&quot; zawiera %1 pytań; schemat może mieć najwyżej %2.</translation>
    </message>
    <message>
        <source>%1 is %2, the same as %3: each question needs its own id.</source>
        <translation>%1 ma wartość %2, taką samą jak %3: każde pytanie potrzebuje własnego identyfikatora.</translation>
    </message>
    <message>
        <source>%1 is empty: each question needs at least one answer to choose.</source>
        <translation>%1 jest puste: każde pytanie potrzebuje co najmniej jednej odpowiedzi do wyboru.</translation>
    </message>
    <message>
        <source>%1 has %2 answers; a question can have at most %3.</source>
        <translation>%1 ma %2 odpowiedzi; pytanie może mieć najwyżej %3.</translation>
    </message>
    <message>
        <source>%1 is %2, the same as %3: each answer to a question needs its own id.</source>
        <translation>%1 ma wartość %2, taką samą jak %3: każda odpowiedź na pytanie potrzebuje własnego identyfikatora.</translation>
    </message>
    <message>
        <source>%1 is %2: points must be between 0 and %3.</source>
        <translation>%1 ma wartość %2: liczba punktów musi być między 0 a %3.</translation>
    </message>
    <message>
        <source>&quot;money.floorPence&quot; must be between %1 and %2.</source>
        <translation>&quot;money.floorPence&quot; musi być między %1 a %2.</translation>
    </message>
    <message>
        <source>&quot;money.ceilingPence&quot; must be between %1 and %2.</source>
        <translation>&quot;money.ceilingPence&quot; musi być między %1 a %2.</translation>
    </message>
    <message>
        <source>&quot;money.floorPence&quot; (%1) is above &quot;money.ceilingPence&quot; (%2): the lowest amount cannot be more than the highest.</source>
        <translation>&quot;money.floorPence&quot; (%1) jest większe niż &quot;money.ceilingPence&quot; (%2): najniższa kwota nie może być wyższa od najwyższej.</translation>
    </message>
    <message>
        <source>&quot;money.pricePerPointPence&quot; must be more than %1 and at most %2.</source>
        <translation>&quot;money.pricePerPointPence&quot; musi być większe niż %1 i najwyżej %2.</translation>
    </message>
    <message>
        <source>&quot;money.bands&quot; is empty: the bands rule needs at least one band.</source>
        <translation>&quot;money.bands&quot; jest puste: reguła przedziałów potrzebuje co najmniej jednego przedziału.</translation>
    </message>
    <message>
        <source>&quot;money.bands&quot; has %1 bands; a scheme can have at most %2.</source>
        <translation>&quot;money.bands&quot; zawiera %1 przedziałów; schemat może mieć najwyżej %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 musi być między %2 a %3.</translation>
    </message>
    <message>
        <source>%1 is %2: the first band must start at 0 points, so that every score has an amount.</source>
        <translation>%1 ma wartość %2: pierwszy przedział musi zaczynać się od 0 pkt, aby każdy wynik miał kwotę.</translation>
    </message>
    <message>
        <source>%1 is missing: only the last band may be left without an upper limit.</source>
        <translation>Brakuje %1: tylko ostatni przedział może nie mieć górnej granicy.</translation>
    </message>
    <message>
        <source>%1 (%2) is below %3 (%4): a band runs from its lower edge up to its upper edge.</source>
        <translation>%1 (%2) jest mniejsze niż %3 (%4): przedział biegnie od dolnej do górnej granicy.</translation>
    </message>
    <message>
        <source>There is a gap between %1 (up to %2 points) and %3 (from %4 points): a score of %5 points would have no amount.</source>
        <translation>Między %1 (do %2 pkt) a %3 (od %4 pkt) jest luka: wynik %5 pkt nie miałby kwoty.</translation>
    </message>
    <message>
        <source>%1 (from %2 points) overlaps %3 (up to %4 points): a score of %5 points would be in both.</source>
        <translation>%1 (od %2 pkt) nachodzi na %3 (do %4 pkt): wynik %5 pkt byłby w obu.</translation>
    </message>
    <message>
        <source>%1 (%2) is less than the band before it (%3): more points must never mean less money.</source>
        <translation>%1 (%2) jest mniejsze niż w poprzednim przedziale (%3): więcej punktów nigdy nie może oznaczać mniej pieniędzy.</translation>
    </message>
    <message>
        <source>The last band stops at %1 points, but the answers can score up to %2: raise %3 to at least %2, or leave it out so the last band has no upper limit.</source>
        <translation>Ostatni przedział kończy się na %1 pkt, ale odpowiedzi mogą dać do %2 pkt: podnieś %3 do co najmniej %2 albo usuń to pole, aby ostatni przedział nie miał górnej granicy.</translation>
    </message>
    <message>
        <source>&quot;adjustments&quot; has %1 adjustments; a scheme can have at most %2.</source>
        <translation>&quot;adjustments&quot; zawiera %1 korekt; schemat może mieć najwyżej %2.</translation>
    </message>
    <message>
        <source>%1 is %2, the same as %3: each adjustment needs its own id.</source>
        <translation>%1 ma wartość %2, taką samą jak %3: każda korekta potrzebuje własnego identyfikatora.</translation>
    </message>
    <message>
        <source>%1 names a question the scheme does not have: %2.</source>
        <translation>%1 wskazuje pytanie, którego nie ma w schemacie: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: say which answers the adjustment is for.</source>
        <translation>%1 jest puste: podaj, których odpowiedzi dotyczy korekta.</translation>
    </message>
    <message>
        <source>%1 names an answer the question %2 does not have: %3.</source>
        <translation>%1 wskazuje odpowiedź, której nie ma w pytaniu %2: %3.</translation>
    </message>
    <message>
        <source>%1 needs either &quot;percentBasisPoints&quot; or &quot;amountPence&quot;, and not both.</source>
        <translation>%1 potrzebuje albo &quot;percentBasisPoints&quot;, albo &quot;amountPence&quot;, ale nie obu.</translation>
    </message>
    <message>
        <source>%1 is %2: it must be between %3 (100% less) and %4 (1,000% more).</source>
        <translation>%1 ma wartość %2: musi być między %3 (100% mniej) a %4 (1000% więcej).</translation>
    </message>
</context>
<context>
    <name>RateTableLoader</name>
    <message>
        <source>the field “%1” is missing</source>
        <translation>brakuje pola „%1”</translation>
    </message>
    <message>
        <source>the field “%1” must be a group of fields in { }</source>
        <translation>pole „%1” musi być grupą pól w { }</translation>
    </message>
    <message>
        <source>the field “%1” must be a list in [ ]</source>
        <translation>pole „%1” musi być listą w [ ]</translation>
    </message>
    <message>
        <source>the field “%1” must be text in quotes</source>
        <translation>pole „%1” musi być tekstem w cudzysłowie</translation>
    </message>
    <message>
        <source>the field “%1” must not be empty</source>
        <translation>pole „%1” nie może być puste</translation>
    </message>
    <message>
        <source>the field “%1” must be “%2”</source>
        <translation>pole „%1” musi mieć wartość „%2”</translation>
    </message>
    <message>
        <source>the field “%1” must be a whole number</source>
        <translation>pole „%1” musi być liczbą całkowitą</translation>
    </message>
    <message>
        <source>the field “%1” must be between %2 and %3</source>
        <translation>pole „%1” musi być między %2 a %3</translation>
    </message>
    <message>
        <source>the field “%1” must be true or false</source>
        <translation>pole „%1” musi mieć wartość true albo false</translation>
    </message>
    <message>
        <source>the field “%1” must be a date written like 2026-04-06</source>
        <translation>pole „%1” musi być datą zapisaną jak 2026-04-06</translation>
    </message>
    <message>
        <source>the field “%1” must list at least one source</source>
        <translation>pole „%1” musi podawać co najmniej jedno źródło</translation>
    </message>
    <message>
        <source>the fields “holiday.accrualBasisPoints” (%1) and “holiday.weeksPerYearHundredths” (%2) do not agree: that many weeks a year is %3 basis points of pay</source>
        <translation>pola „holiday.accrualBasisPoints” (%1) i „holiday.weeksPerYearHundredths” (%2) nie zgadzają się: tyle tygodni w roku to %3 punktów bazowych wynagrodzenia</translation>
    </message>
    <message>
        <source>the field “%1” must not be less than “%2”</source>
        <translation>pole „%1” nie może być mniejsze niż „%2”</translation>
    </message>
    <message>
        <source>These cost rates can&apos;t be used: %1. Use the rates that came with the program, or correct the file.</source>
        <translation>Nie można użyć tych stawek kosztów: %1. Użyj stawek dołączonych do programu albo popraw plik.</translation>
    </message>
    <message>
        <source>the file is too large to be a rate table</source>
        <translation>plik jest za duży, aby był tabelą stawek</translation>
    </message>
    <message>
        <source>the file is not in JSON format (%1 at character %2)</source>
        <translation>plik nie jest w formacie JSON (%1 przy znaku %2)</translation>
    </message>
    <message>
        <source>the file does not hold a group of fields in { }</source>
        <translation>plik nie zawiera grupy pól w { }</translation>
    </message>
    <message>
        <source>the file was made for a newer version of this program (rate table format %1)</source>
        <translation>plik przygotowano dla nowszej wersji programu (format tabeli stawek %1)</translation>
    </message>
    <message>
        <source>the field “validUntil” must not be before “validFrom”</source>
        <translation>pole „validUntil” nie może być wcześniejsze niż „validFrom”</translation>
    </message>
    <message>
        <source>The cost rates file could not be opened. Check that it is still there and that you can read it.</source>
        <translation>Nie udało się otworzyć pliku stawek kosztów. Sprawdź, czy nadal istnieje i czy możesz go odczytać.</translation>
    </message>
    <message>
        <source>No cost rates came with this copy of the program, so the cost of employing a personal assistant can&apos;t be worked out. Please reinstall the program.</source>
        <translation>Do tej kopii programu nie dołączono stawek kosztów, więc nie można obliczyć kosztu zatrudnienia asystenta osobistego. Zainstaluj program ponownie.</translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>Life area</source>
        <translation>Dziedzina życia</translation>
    </message>
    <message>
        <source>Outcomes rated</source>
        <translation>Ocenione cele</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>Wszystkie dziedziny życia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Wersja planu</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data przeglądu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Co powiedziano</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Wszystkie komentarze</translation>
    </message>
</context>
<context>
    <name>ResultsDocumentBuilder</name>
    <message>
        <source>Checking the results</source>
        <translation>Sprawdzanie wyników</translation>
    </message>
    <message>
        <source>Checking the results · made on %1</source>
        <extracomment>the footer on every page of the results report</extracomment>
        <translation>Sprawdzanie wyników · utworzono %1</translation>
    </message>
    <message>
        <source>What this report covers</source>
        <translation>Czego dotyczy ten raport</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Przeglądy</translation>
    </message>
    <message>
        <source>At each review the person says, for each of their outcomes, whether things are better, the same or worse since their plan began, or have not changed yet.</source>
        <translation>Podczas każdego przeglądu osoba mówi przy każdym swoim celu, czy od początku planu jest lepiej, tak samo czy gorzej, albo czy jeszcze nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>%1 ratings are of outcomes no longer in the plan reviewed, so they are not counted by life area.</source>
        <translation>Liczba ocen celów, których nie ma już w przeglądanym planie: %1. Nie są one liczone według dziedziny życia.</translation>
    </message>
    <message>
        <source>Outcomes rated</source>
        <translation>Ocenione cele</translation>
    </message>
    <message>
        <source>Results by life area</source>
        <translation>Wyniki według dziedziny życia</translation>
    </message>
    <message>
        <source>No outcomes have been rated in these reviews yet.</source>
        <translation>W tych przeglądach nie oceniono jeszcze żadnych celów.</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Dziedzina życia</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>Wszystkie dziedziny życia</translation>
    </message>
    <message>
        <source>How happy people are with their support</source>
        <translation>Jak bardzo ludzie są zadowoleni ze swojego wsparcia</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Outcomes that got worse</source>
        <translation>Cele, w których jest gorzej</translation>
    </message>
    <message>
        <source>No outcome got worse in these reviews.</source>
        <translation>W tych przeglądach w żadnym celu nie jest gorzej.</translation>
    </message>
    <message>
        <source>Someone should talk with each of these people about what has changed and what would help.</source>
        <translation>Ktoś powinien porozmawiać z każdą z tych osób o tym, co się zmieniło i co by pomogło.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Data przeglądu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Co powiedziano</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What people said: themes</source>
        <translation>Co mówili ludzie: tematy</translation>
    </message>
    <message>
        <source>No comments have been tagged with themes yet.</source>
        <translation>Żadnym komentarzom nie przypisano jeszcze tematów.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Wszystkie komentarze</translation>
    </message>
</context>
<context>
    <name>ResultsLabels</name>
    <message>
        <source>About an outcome</source>
        <translation>O celu</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Co działa</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Co nie działa</translation>
    </message>
    <message>
        <source>What is important for the future</source>
        <translation>Co jest ważne na przyszłość</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>Bardzo zadowolony</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Zadowolony</translation>
    </message>
    <message>
        <source>Neither happy nor unhappy</source>
        <translation>Ani zadowolony, ani niezadowolony</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Niezadowolony</translation>
    </message>
    <message>
        <source>Very unhappy</source>
        <translation>Bardzo niezadowolony</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Jeszcze nie zdecydowano</translation>
    </message>
    <message>
        <source>Keep the plan</source>
        <translation>Zostaw plan bez zmian</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>Zmień plan</translation>
    </message>
    <message>
        <source>reviews from %1 to %2</source>
        <translation>przeglądy od %1 do %2</translation>
    </message>
    <message>
        <source>reviews from %1 on</source>
        <translation>przeglądy od %1</translation>
    </message>
    <message>
        <source>reviews up to %1</source>
        <translation>przeglądy do %1</translation>
    </message>
    <message>
        <source>all reviews</source>
        <translation>wszystkie przeglądy</translation>
    </message>
    <message>
        <source>plans managed as: %1</source>
        <extracomment>%1 is how the money is managed, e.g. &quot;Money paid to you (direct payment)&quot;</extracomment>
        <translation>plany zarządzane jako: %1</translation>
    </message>
    <message>
        <source>outcomes about: %1</source>
        <extracomment>%1 is a life area, e.g. &quot;Things I do&quot;</extracomment>
        <translation>cele z dziedziny: %1</translation>
    </message>
    <message>
        <source>%1. Each person&apos;s most recent review counts.</source>
        <translation>%1. Liczy się najnowszy przegląd każdej osoby.</translation>
    </message>
    <message>
        <source>%1. Every review counts.</source>
        <translation>%1. Liczy się każdy przegląd.</translation>
    </message>
    <message>
        <source>No outcomes have been rated in these reviews yet.</source>
        <translation>W tych przeglądach nie oceniono jeszcze żadnych celów.</translation>
    </message>
    <message>
        <source>Of 1 outcome rated: </source>
        <translation>Z 1 ocenionego celu: </translation>
    </message>
    <message>
        <source>Of %1 outcomes rated: </source>
        <translation>Z %1 ocenionych celów: </translation>
    </message>
    <message>
        <source>%1 got better (%2%), %3 stayed the same (%4%), %5 got worse (%6%), %7 not yet (%8%).</source>
        <extracomment>%1 how many, %2 the percentage, and so on</extracomment>
        <translation>lepiej: %1 (%2%), tak samo: %3 (%4%), gorzej: %5 (%6%), jeszcze nie: %7 (%8%).</translation>
    </message>
    <message>
        <source>%1 better</source>
        <translation>lepiej: %1</translation>
    </message>
    <message>
        <source>%1 the same</source>
        <translation>tak samo: %1</translation>
    </message>
    <message>
        <source>%1 worse</source>
        <translation>gorzej: %1</translation>
    </message>
    <message>
        <source>%1 not yet</source>
        <translation>jeszcze nie: %1</translation>
    </message>
    <message>
        <source>Reviewed on %1</source>
        <translation>Data przeglądu: %1</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Przejrzano</translation>
    </message>
    <message>
        <source>: no outcomes rated yet.</source>
        <translation>: jeszcze nie oceniono żadnych celów.</translation>
    </message>
    <message>
        <source>: %1.</source>
        <translation>: %1.</translation>
    </message>
    <message>
        <source>Kept the plan.</source>
        <translation>Plan zostawiono bez zmian.</translation>
    </message>
    <message>
        <source>Changed the plan.</source>
        <translation>Plan zmieniono.</translation>
    </message>
    <message>
        <source>Not finished.</source>
        <translation>Nie ukończono.</translation>
    </message>
</context>
<context>
    <name>ReviewDocumentBuilder</name>
    <message>
        <source>This is better.</source>
        <translation>Jest lepiej.</translation>
    </message>
    <message>
        <source>This is the same.</source>
        <translation>Jest tak samo.</translation>
    </message>
    <message>
        <source>This is worse.</source>
        <translation>Jest gorzej.</translation>
    </message>
    <message>
        <source>This has not changed yet.</source>
        <translation>Jeszcze nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>My review: %1</source>
        <extracomment>the easy-read review form&apos;s title; %1 the person&apos;s name</extracomment>
        <translation>Mój przegląd: %1</translation>
    </message>
    <message>
        <source>This form is about my plan.</source>
        <translation>Ten formularz dotyczy mojego planu.</translation>
    </message>
    <message>
        <source> Version %1.</source>
        <translation> Wersja %1.</translation>
    </message>
    <message>
        <source>My plan was agreed on %1.</source>
        <translation>Mój plan uzgodniono %1.</translation>
    </message>
    <message>
        <source>You can fill it in with someone who helps you.</source>
        <translation>Możesz go wypełnić z osobą, która Ci pomaga.</translation>
    </message>
    <message>
        <source>For each thing that matters to me, tick one box: better, the same, worse or not yet.</source>
        <translation>Przy każdej rzeczy ważnej dla mnie zaznacz jedno pole: lepiej, tak samo, gorzej albo jeszcze nie.</translation>
    </message>
    <message>
        <source>About this form</source>
        <translation>O tym formularzu</translation>
    </message>
    <message>
        <source>What I want to say about these things</source>
        <translation>Co chcę powiedzieć o tych rzeczach</translation>
    </message>
    <message>
        <source>Write here</source>
        <translation>Pisz tutaj</translation>
    </message>
    <message>
        <source>What is working?</source>
        <translation>Co działa?</translation>
    </message>
    <message>
        <source>What is not working?</source>
        <translation>Co nie działa?</translation>
    </message>
    <message>
        <source>What is important to me for the future?</source>
        <translation>Co jest dla mnie ważne na przyszłość?</translation>
    </message>
    <message>
        <source>How happy am I with my support?</source>
        <translation>Jak bardzo jestem zadowolony ze swojego wsparcia?</translation>
    </message>
    <message>
        <source>Review of the support plan for %1</source>
        <translation>Przegląd planu wsparcia: %1</translation>
    </message>
    <message>
        <source>Keep the plan. The next review is on %1.</source>
        <translation>Zostawić plan bez zmian. Następny przegląd: %1.</translation>
    </message>
    <message>
        <source>Keep the plan.</source>
        <translation>Zostawić plan bez zmian.</translation>
    </message>
    <message>
        <source>Change the plan: a new version was made from it.</source>
        <translation>Zmienić plan: utworzono jego nową wersję.</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Jeszcze nie zdecydowano.</translation>
    </message>
    <message>
        <source>About this review</source>
        <translation>O tym przeglądzie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Wersja planu</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>Data przeglądu</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Kto brał udział</translation>
    </message>
    <message>
        <source>How happy with the support</source>
        <translation>Zadowolenie ze wsparcia</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Co postanowiono</translation>
    </message>
    <message>
        <source>What matters to me: how it has gone</source>
        <translation>Co jest dla mnie ważne: jak poszło</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Dziedzina życia</translation>
    </message>
    <message>
        <source>Since the plan began</source>
        <translation>Od początku planu</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Co powiedziano</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>How things are going</source>
        <translation>Jak idą sprawy</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nic nie napisano.</translation>
    </message>
    <message>
        <source>My review was on %1.</source>
        <translation>Mój przegląd był %1.</translation>
    </message>
    <message>
        <source>These people took part: %1</source>
        <translation>Te osoby brały udział: %1</translation>
    </message>
    <message>
        <source>About my review</source>
        <translation>O moim przeglądzie</translation>
    </message>
    <message>
        <source>We did not talk about this.</source>
        <translation>Nie rozmawialiśmy o tym.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <source>What is working:</source>
        <translation>Co działa:</translation>
    </message>
    <message>
        <source>What is not working:</source>
        <translation>Co nie działa:</translation>
    </message>
    <message>
        <source>What is important for the future:</source>
        <translation>Co jest ważne na przyszłość:</translation>
    </message>
    <message>
        <source>How happy I am with my support: %1.</source>
        <translation>Jak bardzo jestem zadowolony ze wsparcia: %1.</translation>
    </message>
    <message>
        <source>We decided: %1</source>
        <translation>Postanowiliśmy: %1</translation>
    </message>
</context>
<context>
    <name>ReviewThemeRepository</name>
    <message>
        <source>A theme is a few words, like “transport” or “staff keep changing”. Make “%1…” shorter (%2 characters at most). Nothing was changed.</source>
        <translation>Temat to kilka słów, na przykład „transport” albo „ciągle zmienia się personel”. Skróć „%1…” (najwyżej %2 znaków). Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>This review is no longer in the caseload file, so its comments can&apos;t be tagged. Show the results again to see the reviews as they are now.</source>
        <translation>Tego przeglądu nie ma już w pliku listy osób, więc nie można przypisać tematów do jego komentarzy. Pokaż wyniki ponownie, aby zobaczyć aktualne przeglądy.</translation>
    </message>
</context>
<context>
    <name>SetThemesCommand</name>
    <message>
        <source>tag a comment with themes</source>
        <extracomment>an undo step: &quot;Undo tag a comment with themes&quot;</extracomment>
        <translation>przypisanie tematów do komentarza</translation>
    </message>
</context>
<context>
    <name>SpendingPace</name>
    <message>
        <source>Add the amount of your budget to your plan to see how long the money will last.</source>
        <translation>Dodaj kwotę budżetu do planu, aby zobaczyć, na jak długo wystarczą pieniądze.</translation>
    </message>
    <message>
        <source>It is too early in the plan year to tell how long the money will last. Look again after the first month.</source>
        <translation>Jest za wcześnie w roku planu, aby ocenić, na jak długo wystarczą pieniądze. Sprawdź ponownie po pierwszym miesiącu.</translation>
    </message>
    <message>
        <source>No spending is recorded for this plan year yet. Add what has been paid, or import a statement, to see how long the money will last.</source>
        <translation>Nie zapisano jeszcze żadnych wydatków w tym roku planu. Dodaj to, co zostało zapłacone, albo zaimportuj wyciąg, aby zobaczyć, na jak długo wystarczą pieniądze.</translation>
    </message>
    <message>
        <source>At this rate you will have about %1 left at the end of the plan year (%2).</source>
        <extracomment>%1 money in whole pounds, %2 the last day of the plan year</extracomment>
        <translation>W tym tempie na koniec roku planu (%2) zostanie Ci około %1.</translation>
    </message>
    <message>
        <source>At this rate the money will run out in %1, before the plan year ends on %2.</source>
        <extracomment>%1 a month and year, e.g. &quot;March 2027&quot;; %2 the last day of the plan year</extracomment>
        <translation>W tym tempie pieniądze skończą się w okresie: %1, przed końcem roku planu (%2).</translation>
    </message>
    <message>
        <source>You have already spent all of this plan year&apos;s budget. The plan year ends on %1.</source>
        <translation>Wydano już cały budżet na ten rok planu. Rok planu kończy się %1.</translation>
    </message>
    <message>
        <source>You have already spent about %1 more than this plan year&apos;s budget. The plan year ends on %2.</source>
        <translation>Wydano już około %1 więcej, niż wynosi budżet na ten rok planu. Rok planu kończy się %2.</translation>
    </message>
    <message>
        <source>The plan year ended on %1, with about %2 more spent than the budget.</source>
        <translation>Rok planu skończył się %1. Wydano około %2 więcej, niż wynosił budżet.</translation>
    </message>
    <message>
        <source>The plan year ended on %1, with about %2 of the budget not spent.</source>
        <translation>Rok planu skończył się %1. Około %2 budżetu nie wydano.</translation>
    </message>
</context>
<context>
    <name>SpendingSettings</name>
    <message>
        <source>Choose between %1 and %2 weeks.</source>
        <translation>Wybierz od %1 do %2 tygodni.</translation>
    </message>
</context>
<context>
    <name>SpendingSummary</name>
    <message>
        <source>Other spending (not linked to support in the plan)</source>
        <translation>Inne wydatki (niezwiązane ze wsparciem w planie)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
<context>
    <name>StandardCostSections</name>
    <message>
        <source>No cost</source>
        <translation>Bez kosztu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>My support</source>
        <translation>Moje wsparcie</translation>
    </message>
    <message>
        <source>No support is in the plan yet.</source>
        <translation>W planie nie ma jeszcze wsparcia.</translation>
    </message>
    <message>
        <source>Each piece of support: who gives it, how often, how it is paid for, what it helps with and what it costs.</source>
        <translation>Każdy element wsparcia: kto go daje, jak często, jak jest opłacany, w czym pomaga i ile kosztuje.</translation>
    </message>
    <message>
        <source>Personal assistants cost what employing them costs, not only their wages (see the next section). A one-off cost counts in full in the plan year. A year has 52 weeks.</source>
        <translation>Asystenci osobiści kosztują tyle, ile kosztuje ich zatrudnienie, a nie tylko ich wynagrodzenie (zobacz następną część). Koszt jednorazowy liczy się w całości w roku planu. Rok ma 52 tygodnie.</translation>
    </message>
    <message>
        <source>Worked out with the rates for %1, as of %2.</source>
        <extracomment>%1 the rate table&apos;s name (&quot;England, tax year 2026 to 2027&quot;), %2 its date</extracomment>
        <translation>Obliczono według stawek: %1, na dzień %2.</translation>
    </message>
    <message>
        <source>Where the figures come from:</source>
        <translation>Skąd pochodzą kwoty:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An amount in the budget&apos;s period, then a year: &quot;£230.50 a week (£11,986 a year)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Personal assistant</source>
        <translation>Asystent osobisty</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>Jak to obliczono</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Rocznie</translation>
    </message>
    <message>
        <source>Cost of employing them</source>
        <translation>Koszt zatrudnienia</translation>
    </message>
    <message>
        <source>For “%1”.</source>
        <translation>Dla: „%1”.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <extracomment>One item&apos;s share of a PA&apos;s cost: &quot;“Swimming”: £2,140.20 a year&quot;</extracomment>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>Shared between their support by their wages for each: %1.</source>
        <translation>Podzielone między elementy wsparcia według wynagrodzenia za każdy z nich: %1.</translation>
    </message>
    <message>
        <source>What employing my personal assistants costs</source>
        <translation>Ile kosztuje zatrudnienie moich asystentów osobistych</translation>
    </message>
    <message>
        <source>There are no personal assistants in this plan.</source>
        <translation>W tym planie nie ma asystentów osobistych.</translation>
    </message>
    <message>
        <source>Employing a personal assistant (PA) costs more than their wages: holiday pay, National Insurance, a pension, insurance and a payroll service. Here is each line, and how it was worked out.</source>
        <translation>Zatrudnienie asystenta osobistego (PA) kosztuje więcej niż jego wynagrodzenie: wynagrodzenie urlopowe, National Insurance (ubezpieczenie społeczne), emerytura, ubezpieczenie i obsługa płac. Poniżej każda pozycja i sposób jej obliczenia.</translation>
    </message>
    <message>
        <source>“%1” is costed at the wages alone, without the costs of employing.</source>
        <translation>Koszt „%1” liczony jest tylko według wynagrodzenia, bez kosztów zatrudnienia.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Sumy</translation>
    </message>
    <message>
        <source>My budget</source>
        <translation>Mój budżet</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Jeszcze nieznany</translation>
    </message>
    <message>
        <source>My support costs</source>
        <translation>Koszt mojego wsparcia</translation>
    </message>
    <message>
        <source>More than my budget</source>
        <translation>Więcej niż mój budżet</translation>
    </message>
    <message>
        <source>%1 more than your budget</source>
        <translation>%1 więcej niż Twój budżet</translation>
    </message>
    <message>
        <source>Left over</source>
        <translation>Zostaje</translation>
    </message>
    <message>
        <source>When you know your budget, the plan shows what is left over.</source>
        <translation>Gdy poznasz swój budżet, plan pokaże, ile zostaje.</translation>
    </message>
</context>
<context>
    <name>StandardMoneySections</name>
    <message>
        <source>My budget and why</source>
        <translation>Mój budżet i dlaczego jest taki</translation>
    </message>
    <message>
        <source>Indicative budget (the amount the council suggests before the plan)</source>
        <translation>Budżet orientacyjny (kwota proponowana przez samorząd przed planem)</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Jeszcze nieznany</translation>
    </message>
    <message>
        <source>Agreed budget (the amount agreed with the plan)</source>
        <translation>Budżet uzgodniony (kwota uzgodniona razem z planem)</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Jeszcze nieuzgodniony</translation>
    </message>
    <message>
        <source>The budget in a year</source>
        <translation>Budżet na rok</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Od %1</translation>
    </message>
    <message>
        <source>How the amount was worked out</source>
        <translation>Jak obliczono kwotę</translation>
    </message>
    <message>
        <source>With the council&apos;s questionnaire and scheme (Resource Allocation System)</source>
        <translation>Za pomocą kwestionariusza i schematu samorządu (system przydziału środków, RAS)</translation>
    </message>
    <message>
        <source>The council gave the figure</source>
        <translation>Kwotę podał samorząd</translation>
    </message>
    <message>
        <source>Why the amount is what it is</source>
        <translation>Dlaczego kwota jest taka</translation>
    </message>
    <message>
        <source>Worked out with “%1” (%2), figures as of %3.</source>
        <extracomment>%1 the scheme&apos;s name, %2 who publishes it, %3 the date of its figures</extracomment>
        <translation>Obliczono według schematu „%1” (%2), dane na dzień %3.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A numbered step of the sum: &quot;3. 255 × £45 = £11,475 a year.&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Where the money comes from (funding streams)</source>
        <translation>Skąd pochodzą pieniądze (źródła finansowania)</translation>
    </message>
    <message>
        <source>No funding streams are listed yet.</source>
        <translation>Nie podano jeszcze źródeł finansowania.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Amount %1</source>
        <translation>Kwota %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Not named yet</source>
        <translation>Jeszcze nie podano</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1 (my nominee)</source>
        <translation>%1 (moja osoba upoważniona)</translation>
    </message>
    <message>
        <source>The council</source>
        <translation>Samorząd</translation>
    </message>
    <message>
        <source>How my money is managed</source>
        <translation>Jak zarządza się moimi pieniędzmi</translation>
    </message>
    <message>
        <source>How it is managed</source>
        <translation>Sposób zarządzania</translation>
    </message>
    <message>
        <source>Each piece of support says which way it is paid for (see My support).</source>
        <translation>Przy każdym elemencie wsparcia podano, jak jest opłacany (zobacz Moje wsparcie).</translation>
    </message>
    <message>
        <source>There is no paid support in the plan yet.</source>
        <translation>W planie nie ma jeszcze płatnego wsparcia.</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Sposób</translation>
    </message>
    <message>
        <source>Who holds the money</source>
        <translation>Kto przechowuje pieniądze</translation>
    </message>
    <message>
        <source>Pieces of support</source>
        <translation>Elementy wsparcia</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>Koszt rocznie</translation>
    </message>
    <message>
        <source>How the costs compare with the indicative budget</source>
        <translation>Porównanie kosztów z budżetem orientacyjnym</translation>
    </message>
    <message>
        <source>What your support costs, set beside the amount the council first suggested, and where the money goes. You can take this to a review, or to ask the council to look again at your budget.</source>
        <translation>Ile kosztuje Twoje wsparcie w porównaniu z kwotą, którą samorząd zaproponował na początku, i na co idą pieniądze. Możesz to zabrać na przegląd albo użyć, aby poprosić samorząd o ponowne sprawdzenie budżetu.</translation>
    </message>
    <message>
        <source>By the way the money is managed</source>
        <translation>Według sposobu zarządzania pieniędzmi</translation>
    </message>
    <message>
        <source>By what matters to me (outcomes)</source>
        <translation>Według tego, co jest dla mnie ważne (cele)</translation>
    </message>
    <message>
        <source>Support that helps with several outcomes is shared evenly between them.</source>
        <translation>Wsparcie, które pomaga w kilku celach, dzieli się po równo między nie.</translation>
    </message>
    <message>
        <source>By area of life</source>
        <translation>Według dziedziny życia</translation>
    </message>
    <message>
        <source>By where the money comes from (funding source)</source>
        <translation>Według tego, skąd pochodzą pieniądze (źródło finansowania)</translation>
    </message>
    <message>
        <source>Indicative budget</source>
        <translation>Budżet orientacyjny</translation>
    </message>
    <message>
        <source>Agreed budget</source>
        <translation>Budżet uzgodniony</translation>
    </message>
    <message>
        <source>Your support costs</source>
        <translation>Koszt Twojego wsparcia</translation>
    </message>
    <message>
        <source>There is no indicative budget to compare with yet.</source>
        <translation>Nie ma jeszcze budżetu orientacyjnego do porównania.</translation>
    </message>
    <message>
        <source>Your support costs the same as the indicative budget.</source>
        <translation>Twoje wsparcie kosztuje tyle samo, ile wynosi budżet orientacyjny.</translation>
    </message>
    <message>
        <source>Your support costs %1 less than the indicative budget.</source>
        <translation>Twoje wsparcie kosztuje o %1 mniej niż budżet orientacyjny.</translation>
    </message>
    <message>
        <source>Your support costs %1 more than the indicative budget.</source>
        <translation>Twoje wsparcie kosztuje o %1 więcej niż budżet orientacyjny.</translation>
    </message>
    <message>
        <source>The agreed budget is %1 less than the indicative budget.</source>
        <translation>Budżet uzgodniony jest o %1 niższy niż budżet orientacyjny.</translation>
    </message>
    <message>
        <source>The agreed budget is %1 more than the indicative budget.</source>
        <translation>Budżet uzgodniony jest o %1 wyższy niż budżet orientacyjny.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Dziedzina życia</translation>
    </message>
    <message>
        <source>Not linked to an outcome</source>
        <translation>Niepołączone z celem</translation>
    </message>
    <message>
        <source>In the budget %1</source>
        <translation>W budżecie %1</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Zaplanowano %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Tak samo</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 ponad budżet</translation>
    </message>
    <message>
        <source>%1 not planned</source>
        <translation>%1 niezaplanowane</translation>
    </message>
    <message>
        <source>Not in the budget</source>
        <translation>Nie ma w budżecie</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Nie podano</translation>
    </message>
</context>
<context>
    <name>StandardPlanWriter</name>
    <message>
        <source>About this plan</source>
        <translation>O tym planie</translation>
    </message>
    <message>
        <source>This is my support plan. It says what matters to me, the support I will get, what it costs and how the money is managed.</source>
        <translation>To jest mój plan wsparcia. Mówi o tym, co jest dla mnie ważne, jakie wsparcie dostanę, ile ono kosztuje i jak zarządza się pieniędzmi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Who helps me with this plan</source>
        <translation>Kto pomaga mi w tym planie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Wersja planu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Draft, not agreed yet (printed %1)</source>
        <translation>Wersja robocza, jeszcze nieuzgodniona (wydrukowano %1)</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Uzgodniono %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Uzgodniony</translation>
    </message>
    <message>
        <source>Agreed on %1, since replaced by a newer version</source>
        <translation>Uzgodniono %1, później zastąpiony nowszą wersją</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Zastąpiony nowszą wersją</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data przeglądu</translation>
    </message>
    <message>
        <source>Set when the plan is agreed</source>
        <translation>Zostanie ustalona przy uzgodnieniu planu</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Data wydruku</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <source>No outcomes are written yet.</source>
        <translation>Nie zapisano jeszcze żadnych celów.</translation>
    </message>
    <message>
        <source>The things I want my support to help with (my outcomes), in my own words, and how I will know it is working.</source>
        <translation>Rzeczy, w których ma mi pomóc wsparcie (moje cele), moimi słowami, i jak poznam, że to działa.</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Dziedzina życia</translation>
    </message>
    <message>
        <source>How I will know it is working</source>
        <translation>Jak poznam, że to działa</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Jeszcze nie napisano</translation>
    </message>
    <message>
        <source>My three most important</source>
        <translation>Trzy najważniejsze dla mnie</translation>
    </message>
    <message>
        <source>Also important to me</source>
        <translation>Też ważne dla mnie</translation>
    </message>
    <message>
        <source>My outcomes</source>
        <translation>Moje cele</translation>
    </message>
    <message>
        <source>Checking my plan</source>
        <translation>Sprawdzenie mojego planu</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nie znaleziono problemów.</translation>
    </message>
    <message>
        <source>The program checked the plan the way a careful support planner would. This is what it found, most important first.</source>
        <translation>Program sprawdził plan tak, jak zrobiłaby to uważna osoba planująca wsparcie. Oto, co znalazł – od najważniejszych spraw.</translation>
    </message>
    <message>
        <source>%1: </source>
        <extracomment>Before a finding: &quot;Needs changing: &quot;, &quot;Worth a look: &quot; or &quot;Tip: &quot;</extracomment>
        <translation>%1: </translation>
    </message>
    <message>
        <source>If something goes wrong (emergency and back-up plan)</source>
        <translation>Jeśli coś pójdzie źle (plan awaryjny)</translation>
    </message>
    <message>
        <source>There is no back-up plan yet: what happens if my support can&apos;t come, and who to call.</source>
        <translation>Nie ma jeszcze planu awaryjnego: co się stanie, jeśli moje wsparcie nie przyjdzie, i do kogo zadzwonić.</translation>
    </message>
    <message>
        <source>What happens if my support can&apos;t come</source>
        <translation>Co się stanie, jeśli moje wsparcie nie przyjdzie</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Do kogo zadzwonić</translation>
    </message>
    <message>
        <source>Their phone number</source>
        <translation>Numer telefonu tej osoby</translation>
    </message>
    <message>
        <source>If someone is in danger or badly hurt, call 999.</source>
        <translation>Jeśli ktoś jest w niebezpieczeństwie albo jest poważnie ranny, dzwoń pod 999.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Uzgodnienie</translation>
    </message>
    <message>
        <source>Not agreed yet.</source>
        <translation>Jeszcze nieuzgodniony.</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Kto uzgodnił</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Data uzgodnienia</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nie ustalono</translation>
    </message>
    <message>
        <source>A newer version of this plan has replaced it.</source>
        <translation>Ten plan został zastąpiony nowszą wersją.</translation>
    </message>
    <message>
        <source>By signing, we agree this plan.</source>
        <translation>Podpisując, uzgadniamy ten plan.</translation>
    </message>
    <message>
        <source>For the council</source>
        <translation>W imieniu samorządu</translation>
    </message>
</context>
<context>
    <name>StatementAmountParser</name>
    <message>
        <source>The amount “%1” can&apos;t be read. %2</source>
        <translation>Nie można odczytać kwoty „%1”. %2</translation>
    </message>
    <message>
        <source>There is no amount.</source>
        <translation>Brak kwoty.</translation>
    </message>
    <message>
        <source>It has more than one sign, so it isn&apos;t clear whether the money went in or out.</source>
        <translation>Ma więcej niż jeden znak, więc nie wiadomo, czy pieniądze wpłynęły, czy zostały wydane.</translation>
    </message>
    <message>
        <source>There is no number in it.</source>
        <translation>Nie ma w niej liczby.</translation>
    </message>
</context>
<context>
    <name>StatementColumns</name>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Wybierz kolumnę z datą.</translation>
    </message>
    <message>
        <source>Choose the column that holds the amount, or the columns for money paid out and money paid in.</source>
        <translation>Wybierz kolumnę z kwotą albo kolumny z wydatkami i wpływami.</translation>
    </message>
    <message>
        <source>This statement has only one column. Choose the columns again.</source>
        <translation>Ten wyciąg ma tylko jedną kolumnę. Wybierz kolumny ponownie.</translation>
    </message>
    <message>
        <source>This statement has only %1 columns. Choose the columns again.</source>
        <translation>Ten wyciąg ma tylko tyle kolumn: %1. Wybierz kolumny ponownie.</translation>
    </message>
    <message>
        <source>Column %1 is chosen for two things. Choose a different column for one of them.</source>
        <translation>Kolumna %1 jest wybrana do dwóch rzeczy. Wybierz inną kolumnę dla jednej z nich.</translation>
    </message>
</context>
<context>
    <name>StatementImporter</name>
    <message>
        <source>There is no file at %1. It may have been moved or renamed.</source>
        <translation>Nie ma pliku w %1. Mógł zostać przeniesiony albo mieć zmienioną nazwę.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the statement file inside it.</source>
        <translation>%1 to folder. Wybierz plik wyciągu w tym folderze.</translation>
    </message>
    <message>
        <source>This file is too large to be a statement (more than 10 MB). Choose the CSV file your bank gave you, or ask for a shorter period.</source>
        <translation>Ten plik jest za duży, aby był wyciągiem (ponad 10 MB). Wybierz plik CSV z banku albo poproś o krótszy okres.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be opened. Check that you are allowed to read it and that it isn&apos;t open in another program, then try again.</source>
        <translation>Nie udało się otworzyć pliku. Sprawdź, czy możesz go odczytać i czy nie jest otwarty w innym programie, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to import. Choose the file your bank gave you.</source>
        <translation>Ten plik jest pusty, więc nie ma czego zaimportować. Wybierz plik z banku.</translation>
    </message>
    <message>
        <source>This file has only one column, so the date and the amount can&apos;t be told apart. A statement saved as CSV has its columns separated by commas: ask your bank for that kind of file.</source>
        <translation>Ten plik ma tylko jedną kolumnę, więc nie da się odróżnić daty od kwoty. W wyciągu zapisanym jako CSV kolumny są oddzielone przecinkami: poproś bank o taki plik.</translation>
    </message>
    <message>
        <source>This row has %1 columns but the first row has %2. There may be a comma inside an amount (like 12,34) or inside words without quote marks, so the row can&apos;t be read safely.</source>
        <translation>Ten wiersz ma %1 kolumn, a pierwszy wiersz ma %2. W kwocie (na przykład 12,34) albo w tekście bez cudzysłowu może być przecinek, więc nie da się bezpiecznie odczytać wiersza.</translation>
    </message>
    <message>
        <source>This row has only one column, so part of the payment is missing.</source>
        <translation>Ten wiersz ma tylko jedną kolumnę, więc brakuje części płatności.</translation>
    </message>
    <message>
        <source>This row has only %1 columns, so part of the payment is missing.</source>
        <translation>Ten wiersz ma tylko tyle kolumn: %1, więc brakuje części płatności.</translation>
    </message>
    <message>
        <source>There is no amount in the money out or money in column.</source>
        <translation>W kolumnie wydatków ani wpływów nie ma kwoty.</translation>
    </message>
    <message>
        <source>There is an amount in both the money out and the money in column, so it isn&apos;t clear which way the money went.</source>
        <translation>Kwota jest zarówno w kolumnie wydatków, jak i wpływów, więc nie wiadomo, w którą stronę poszły pieniądze.</translation>
    </message>
    <message>
        <source>The amount is £0, so there is nothing to record.</source>
        <translation>Kwota wynosi £0, więc nie ma czego zapisać.</translation>
    </message>
    <message>
        <source>This looks the same as row %1 (same date, amount and description), so it is left out. Tick it if it really is a second payment.</source>
        <translation>Wygląda tak samo jak wiersz %1 (ta sama data, kwota i opis), więc został pominięty. Zaznacz go, jeśli to naprawdę druga płatność.</translation>
    </message>
    <message>
        <source>A payment with the same date, amount and description is already recorded, so this is left out. Tick it if it really is another payment.</source>
        <translation>Płatność z tą samą datą, kwotą i opisem jest już zapisana, więc tę pominięto. Zaznacz ją, jeśli to naprawdę kolejna płatność.</translation>
    </message>
</context>
<context>
    <name>StatementTextDecoder</name>
    <message>
        <source>This file isn&apos;t a CSV statement: it looks like another kind of file, such as a PDF or a spreadsheet. Ask your bank&apos;s website for the statement as a CSV file (sometimes called &quot;comma-separated&quot; or &quot;for spreadsheets&quot;) and choose that file.</source>
        <translation>Ten plik nie jest wyciągiem CSV: wygląda na inny rodzaj pliku, na przykład PDF albo arkusz kalkulacyjny. Pobierz ze strony banku wyciąg w formacie CSV (czasem nazywany &quot;wartości rozdzielone przecinkami&quot; albo &quot;do arkusza kalkulacyjnego&quot;) i wybierz ten plik.</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark</source>
        <translation>UTF-8 ze znacznikiem kolejności bajtów (BOM)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>There isn&apos;t enough free space on the disk to save this, so nothing was changed. Free some space (for example, empty the wastebasket) and try again.</source>
        <translation>Na dysku nie ma wystarczająco dużo wolnego miejsca, aby to zapisać, więc nic nie zostało zmienione. Zwolnij trochę miejsca (na przykład opróżnij kosz) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This database can be read but not changed, so nothing was saved. Check that the file and its folder are not read-only, or ask whoever looks after this computer.</source>
        <translation>Tę bazę danych można odczytać, ale nie można jej zmienić, więc nic nie zapisano. Sprawdź, czy plik i jego folder nie są tylko do odczytu, albo zapytaj osobę, która opiekuje się tym komputerem.</translation>
    </message>
    <message>
        <source>The database file, or the small working files kept beside it, couldn&apos;t be opened, so nothing was changed. Check that the folder exists and that you are allowed to change it, then try again.</source>
        <translation>Nie udało się otworzyć pliku bazy danych albo małych plików roboczych obok niego, więc nic nie zostało zmienione. Sprawdź, czy folder istnieje i czy możesz go zmieniać, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a Personal Budget Planner database, so it wasn&apos;t used. Choose the database file instead.</source>
        <translation>Ten plik nie jest bazą danych Personal Budget Planner, więc nie został użyty. Wybierz plik bazy danych.</translation>
    </message>
    <message>
        <source>The database file is damaged, so this couldn&apos;t be done and nothing was changed. Use a backup copy if you have one, and keep the damaged file for whoever helps you with it.</source>
        <translation>Plik bazy danych jest uszkodzony, więc nie udało się tego zrobić i nic nie zostało zmienione. Użyj kopii zapasowej, jeśli ją masz, i zachowaj uszkodzony plik dla osoby, która Ci w tym pomaga.</translation>
    </message>
    <message>
        <source>Another program is using the database right now, so nothing was changed. Close any other copy of Personal Budget Planner and try again.</source>
        <translation>Inny program używa teraz bazy danych, więc nic nie zostało zmienione. Zamknij inne okna Personal Budget Planner i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This change clashes with what is already saved, so nothing was changed. This is a fault in the program: please report it with the details below.</source>
        <translation>Ta zmiana jest sprzeczna z tym, co już zapisano, więc nic nie zostało zmienione. To błąd programu: zgłoś go, podając poniższe szczegóły.</translation>
    </message>
    <message>
        <source>The database couldn&apos;t do this, so nothing was changed. Try again; if it keeps happening, please report it with the details below.</source>
        <translation>Baza danych nie mogła tego zrobić, więc nic nie zostało zmienione. Spróbuj ponownie; jeśli to się powtarza, zgłoś problem, podając poniższe szczegóły.</translation>
    </message>
    <message>
        <source>Part of this plan can&apos;t be read: the database holds a value this version of the program doesn&apos;t know. The file may have been changed by another program or be damaged. Use a backup copy if you have one.</source>
        <translation>Nie można odczytać części tego planu: baza danych zawiera wartość, której ta wersja programu nie zna. Plik mógł zostać zmieniony przez inny program albo jest uszkodzony. Użyj kopii zapasowej, jeśli ją masz.</translation>
    </message>
    <message>
        <source>This person is no longer in the database, so nothing was changed. Go back to the caseload and open them again.</source>
        <translation>Tej osoby nie ma już w bazie danych, więc nic nie zostało zmienione. Wróć do listy osób i otwórz ją ponownie.</translation>
    </message>
    <message>
        <source>This plan is no longer in the database, so nothing was changed. Go back to the caseload and open it again.</source>
        <translation>Tego planu nie ma już w bazie danych, więc nic nie zostało zmienione. Wróć do listy osób i otwórz go ponownie.</translation>
    </message>
    <message>
        <source>This couldn&apos;t be saved because of a fault in the program, so nothing was changed. Please report it with the details below.</source>
        <translation>Nie udało się tego zapisać z powodu błędu programu, więc nic nie zostało zmienione. Zgłoś go, podając poniższe szczegóły.</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Plan for %1, version %2 (%3)</source>
        <translation>Plan osoby %1, wersja %2 (%3)</translation>
    </message>
    <message>
        <source>Budget:    %1</source>
        <translation>Budżet:      %1</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>jeszcze nie ustalono</translation>
    </message>
    <message>
        <source>Planned:   %1</source>
        <translation>Zaplanowano: %1</translation>
    </message>
    <message>
        <source>Over:      %1 more than the budget</source>
        <translation>Ponad:       %1 więcej niż budżet</translation>
    </message>
    <message>
        <source>Left over: %1</source>
        <translation>Zostaje:     %1</translation>
    </message>
    <message>
        <source>How the money is managed:</source>
        <translation>Jak zarządza się pieniędzmi:</translation>
    </message>
    <message>
        <source>What the money is for:</source>
        <translation>Na co są pieniądze:</translation>
    </message>
    <message>
        <source>(not linked to an outcome)</source>
        <translation>(niepołączone z celem)</translation>
    </message>
    <message>
        <source>Personal assistants costed with rates as of %1.</source>
        <translation>Koszt asystentów osobistych obliczono według stawek na dzień %1.</translation>
    </message>
    <message>
        <source>Show a plan&apos;s budget, planned cost and what is left over.</source>
        <translation>Pokaż budżet planu, zaplanowany koszt i to, co zostaje.</translation>
    </message>
</context>
<context>
    <name>SupportItemSummary</name>
    <message>
        <source>Not named yet</source>
        <translation>Jeszcze nie podano</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Nieodpłatne</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Sposób płatności</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Pomaga w</translation>
    </message>
    <message>
        <source>Cost a week</source>
        <translation>Koszt tygodniowo</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>Koszt rocznie</translation>
    </message>
    <message>
        <source>Not linked to an outcome yet</source>
        <translation>Jeszcze niepołączone z celem</translation>
    </message>
</context>
<context>
    <name>SupportItemsCsv</name>
    <message>
        <source>%1 (£)</source>
        <extracomment>A CSV column heading: %1 is &quot;Cost a week&quot; or &quot;Cost a year&quot;; the amounts have no £ sign</extracomment>
        <translation>%1 (£)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
<context>
    <name>TextDocumentComposer</name>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>UkDateParser</name>
    <message>
        <source>There is no date.</source>
        <translation>Brak daty.</translation>
    </message>
    <message>
        <source>The date “%1” can&apos;t be read. Dates should look like 31/01/2027, 31 Jan 2027 or 2027-01-31.</source>
        <translation>Nie można odczytać daty „%1”. Daty powinny wyglądać tak: 31/01/2027, 31 Jan 2027 albo 2027-01-31.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personal Budget Planner</source>
        <translation>Personal Budget Planner</translation>
    </message>
    <message>
        <source>Open this caseload file.</source>
        <translation>Otwórz ten plik listy osób.</translation>
    </message>
    <message>
        <source>Open a throwaway copy of the demo caseload (nothing of yours is touched).</source>
        <translation>Otwórz jednorazową kopię pokazowej listy osób (Twoje dane pozostaną nietknięte).</translation>
    </message>
    <message>
        <source>Show the program in this language (en, cy, pl or ur).</source>
        <translation>Pokaż program w tym języku (en, cy, pl lub ur).</translation>
    </message>
    <message>
        <source>Show the commands and exit.</source>
        <translation>Pokaż polecenia i zakończ.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Pokaż wersję i zakończ.</translation>
    </message>
    <message>
        <source>A plan file to import into the caseload and open.</source>
        <translation>Plik planu do zaimportowania do listy osób i otwarcia.</translation>
    </message>
    <message>
        <source>Hint: run &quot;pbplanner --help&quot; to see how to start it.</source>
        <translation>Wskazówka: uruchom &quot;pbplanner --help&quot;, aby zobaczyć, jak go uruchomić.</translation>
    </message>
    <message>
        <source>give one plan file to open, not %1.</source>
        <translation>podaj jeden plik planu do otwarcia, a nie %1.</translation>
    </message>
    <message>
        <source>there is no translation into &quot;%1&quot;. Choose en, cy, pl or ur.</source>
        <translation>nie ma tłumaczenia na „%1”. Wybierz en, cy, pl lub ur.</translation>
    </message>
</context>
<context>
    <name>pb::ui::AboutDialog</name>
    <message>
        <source>No cost-rate table is included.</source>
        <translation>Nie dołączono tabeli stawek kosztów.</translation>
    </message>
    <message>
        <source>Rates as of %1, for %2 to %3.</source>
        <translation>Stawki na dzień %1, na okres od %2 do %3.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> (a typical figure, not a quote)</source>
        <extracomment>after a source of a figure that is typical rather than the law</extracomment>
        <translation> (typowa kwota, a nie wycena)</translation>
    </message>
    <message>
        <source>An example, not any council&apos;s real figures.</source>
        <translation>Przykład, a nie prawdziwe dane żadnego samorządu.</translation>
    </message>
    <message>
        <source>From: %1. Figures as of %2.</source>
        <translation>Źródło: %1. Dane na dzień %2.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Źródło: %1</translation>
    </message>
    <message>
        <source>About Personal Budget Planner</source>
        <translation>O programie Personal Budget Planner</translation>
    </message>
    <message>
        <source>Personal Budget Planner</source>
        <translation>Personal Budget Planner</translation>
    </message>
    <message>
        <source>About Personal Budget Planner: version, licence and sources</source>
        <translation>O programie Personal Budget Planner: wersja, licencja i źródła</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <source>Plan how to use a personal budget for care and support: know the budget, say what matters, choose how the money is managed, cost the support, check and agree the plan, and review it later.</source>
        <translation>Zaplanuj, jak wykorzystać budżet osobisty na opiekę i wsparcie: poznaj swój budżet, powiedz, co jest dla Ciebie ważne, wybierz, jak będą zarządzane pieniądze, wylicz koszt wsparcia, sprawdź i uzgodnij plan, a później zrób jego przegląd.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). You may use, study, share and change it; see the licence for the details.</source>
        <translation>To wolny program na licencji GNU General Public License w wersji 3 lub późniejszej (GPL-3.0-or-later). Możesz go używać, poznawać, udostępniać i zmieniać. Szczegóły znajdziesz w licencji.</translation>
    </message>
    <message>
        <source>Costs of employing a personal assistant</source>
        <translation>Koszty zatrudnienia asystenta osobistego</translation>
    </message>
    <message>
        <source>The costing uses the rate table whose dates cover the plan.</source>
        <translation>Koszty są liczone według tabeli stawek, której daty obejmują okres planu.</translation>
    </message>
    <message>
        <source>Example budget questionnaires (RAS schemes)</source>
        <translation>Przykładowe kwestionariusze budżetu (schematy RAS)</translation>
    </message>
</context>
<context>
    <name>pb::ui::AboutMeStep</name>
    <message>
        <source>About me</source>
        <translation>O mnie</translation>
    </message>
    <message>
        <source>Tell us who this plan is for and how to get in touch. You can change this at any time.</source>
        <translation>Powiedz nam, dla kogo jest ten plan i jak się skontaktować. Możesz to zmienić w każdej chwili.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>The name you like to be called</source>
        <translation>Imię, którego używasz na co dzień</translation>
    </message>
    <message>
        <source>Who helps me with this plan</source>
        <translation>Kto pomaga mi w tym planie</translation>
    </message>
    <message>
        <source>For example a family member, a friend or a support planner</source>
        <translation>Na przykład członek rodziny, przyjaciel albo osoba planująca wsparcie</translation>
    </message>
    <message>
        <source>The language I prefer</source>
        <translation>Język, który wolę</translation>
    </message>
    <message>
        <source>For example English, Cymraeg, Polski or اردو</source>
        <translation>Na przykład English, Cymraeg, Polski albo اردو</translation>
    </message>
    <message>
        <source>How to get in touch</source>
        <translation>Jak się skontaktować</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Reading my plan</source>
        <translation>Czytanie mojego planu</translation>
    </message>
    <message>
        <source>I would like my plan in easy-read, with large text and pictures</source>
        <translation>Chcę dostać plan łatwy do czytania, z dużym tekstem i obrazkami</translation>
    </message>
    <message>
        <source>I would like easy-read</source>
        <translation>Chcę tekst łatwy do czytania</translation>
    </message>
    <message>
        <source>change your details</source>
        <translation>zmiana Twoich danych</translation>
    </message>
</context>
<context>
    <name>pb::ui::AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <source>Who is this plan for?</source>
        <translation>Dla kogo jest ten plan?</translation>
    </message>
    <message>
        <source>Their &amp;name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Dodaj tę osobę</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name</source>
        <translation>Wpisz imię i nazwisko osoby</translation>
    </message>
</context>
<context>
    <name>pb::ui::AgreeDialog</name>
    <message>
        <source>Agree this plan</source>
        <translation>Uzgodnij ten plan</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <source>Agree this plan?</source>
        <translation>Uzgodnić ten plan?</translation>
    </message>
    <message>
        <source>Needs changing</source>
        <translation>Do zmiany</translation>
    </message>
    <message>
        <source>Something in your plan needs changing:</source>
        <translation>Coś w Twoim planie trzeba zmienić:</translation>
    </message>
    <message>
        <source>Some things in your plan need changing:</source>
        <translation>Kilka rzeczy w Twoim planie trzeba zmienić:</translation>
    </message>
    <message>
        <source>You can still agree it, because the council makes the final decision. Or you can go back and change them first.</source>
        <translation>Nadal możesz go uzgodnić, bo ostateczną decyzję podejmuje samorząd. Możesz też wrócić i najpierw to zmienić.</translation>
    </message>
    <message>
        <source>This version will be kept exactly as it is. To change it later you make a new version.</source>
        <translation>Ta wersja zostanie zachowana dokładnie taka, jaka jest. Aby zmienić ją później, utworzysz nową wersję.</translation>
    </message>
    <message>
        <source>Agreed by: %1</source>
        <translation>Kto uzgodnił: %1</translation>
    </message>
    <message>
        <source>First review: %1</source>
        <translation>Pierwszy przegląd: %1</translation>
    </message>
    <message>
        <source>Not yet: go back without agreeing</source>
        <translation>Jeszcze nie: wróć bez uzgadniania</translation>
    </message>
    <message>
        <source>Go back and change them</source>
        <translation>Wróć i zmień</translation>
    </message>
    <message>
        <source>Go back and change what needs changing</source>
        <translation>Wróć i zmień to, co trzeba</translation>
    </message>
</context>
<context>
    <name>pb::ui::AgreeStep</name>
    <message>
        <source>Agree my plan</source>
        <translation>Uzgodnij mój plan</translation>
    </message>
    <message>
        <source>When everyone is happy with the plan, agree it. The agreed plan is kept as it is; you can make a new version later.</source>
        <translation>Gdy wszyscy są zadowoleni z planu, uzgodnij go. Uzgodniony plan zostaje zachowany bez zmian; później możesz utworzyć nową wersję.</translation>
    </message>
    <message>
        <source>Agree this plan</source>
        <translation>Uzgodnij ten plan</translation>
    </message>
    <message>
        <source>Agreeing the plan</source>
        <translation>Uzgadnianie planu</translation>
    </message>
    <message>
        <source>Who is agreeing the plan</source>
        <translation>Kto uzgadnia plan</translation>
    </message>
    <message>
        <source>Names, and their role if it helps. For example: Aisha Khan and Kim Lee (social worker)</source>
        <translation>Imiona i nazwiska oraz rola, jeśli to pomoże. Na przykład: Aisha Khan i Kim Lee (pracownik socjalny)</translation>
    </message>
    <message>
        <source>Date of the first review</source>
        <translation>Data pierwszego przeglądu</translation>
    </message>
    <message>
        <source>We suggest three months after the plan is agreed, to see how it is going. After that, your plan is looked at again once a year.</source>
        <translation>Proponujemy trzy miesiące po uzgodnieniu planu, aby zobaczyć, jak idzie. Potem plan jest sprawdzany raz w roku.</translation>
    </message>
    <message>
        <source>This plan is agreed</source>
        <translation>Ten plan jest uzgodniony</translation>
    </message>
    <message>
        <source>Versions of this plan</source>
        <translation>Wersje tego planu</translation>
    </message>
    <message>
        <source>Each agreed version is kept exactly as it was agreed. The newest is at the top.</source>
        <translation>Każda uzgodniona wersja jest zachowana dokładnie tak, jak ją uzgodniono. Najnowsza jest na górze.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Uzgodnij</translation>
    </message>
    <message>
        <source>Your first review will be on %1.</source>
        <translation>Twój pierwszy przegląd będzie %1.</translation>
    </message>
    <message>
        <source>Agreed on %1 by %2.</source>
        <extracomment>%1 a date, %2 who agreed: &quot;Agreed on 3 March 2027 by Aisha Khan and Kim Lee&quot;</extracomment>
        <translation>Uzgodniono %1. Kto uzgodnił: %2.</translation>
    </message>
    <message>
        <source>Next review: %1.</source>
        <translation>Następny przegląd: %1.</translation>
    </message>
    <message>
        <source>A newer version of this plan has replaced it.</source>
        <translation>Ten plan został zastąpiony nowszą wersją.</translation>
    </message>
    <message>
        <source>This version is kept exactly as it is. To change the plan, choose “Make a new version” at the top of the page.</source>
        <translation>Ta wersja zostaje zachowana bez zmian. Aby zmienić plan, wybierz „Utwórz nową wersję” na górze strony.</translation>
    </message>
    <message>
        <source>Something in your plan is marked “Needs changing” under “Check my plan”. You can still agree it: the council makes the final decision.</source>
        <translation>Coś w Twoim planie jest oznaczone jako „Do zmiany” w części „Sprawdź mój plan”. Nadal możesz go uzgodnić: ostateczną decyzję podejmuje samorząd.</translation>
    </message>
    <message>
        <source>Some things in your plan are marked “Needs changing” under “Check my plan”. You can still agree the plan: the council makes the final decision.</source>
        <translation>Kilka rzeczy w Twoim planie jest oznaczonych jako „Do zmiany” w części „Sprawdź mój plan”. Nadal możesz uzgodnić plan: ostateczną decyzję podejmuje samorząd.</translation>
    </message>
    <message>
        <source>Enter who is agreeing the plan, for example “Aisha Khan and Kim Lee (social worker)”.</source>
        <translation>Wpisz, kto uzgadnia plan, na przykład „Aisha Khan i Kim Lee (pracownik socjalny)”.</translation>
    </message>
</context>
<context>
    <name>pb::ui::BudgetDatesPanel</name>
    <message>
        <source>When your budget starts</source>
        <translation>Kiedy zaczyna się Twój budżet</translation>
    </message>
    <message>
        <source>Usually the date on the council&apos;s letter.</source>
        <translation>Zwykle jest to data z pisma od samorządu.</translation>
    </message>
    <message>
        <source>When it ends</source>
        <translation>Kiedy się kończy</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nie ustalono</translation>
    </message>
    <message>
        <source>Usually a year after it starts, when the council looks at your plan again.</source>
        <translation>Zwykle rok po rozpoczęciu, gdy samorząd ponownie sprawdza Twój plan.</translation>
    </message>
    <message>
        <source>change when your budget starts</source>
        <translation>zmiana daty rozpoczęcia budżetu</translation>
    </message>
    <message>
        <source>Your budget can&apos;t end before it starts (%1). Choose a later date.</source>
        <translation>Budżet nie może skończyć się przed rozpoczęciem (%1). Wybierz późniejszą datę.</translation>
    </message>
    <message>
        <source>change when your budget ends</source>
        <translation>zmiana daty zakończenia budżetu</translation>
    </message>
</context>
<context>
    <name>pb::ui::BudgetStep</name>
    <message>
        <source>My budget</source>
        <translation>Mój budżet</translation>
    </message>
    <message>
        <source>Type in the amount the council gave you, or work it out by answering the council&apos;s questions.</source>
        <translation>Wpisz kwotę podaną przez samorząd albo oblicz ją, odpowiadając na pytania samorządu.</translation>
    </message>
    <message>
        <source>How do you want to set your budget?</source>
        <translation>Jak chcesz ustalić swój budżet?</translation>
    </message>
    <message>
        <source>Your amount</source>
        <translation>Twoja kwota</translation>
    </message>
    <message>
        <source>When the council agrees your budget</source>
        <translation>Gdy samorząd zatwierdzi Twój budżet</translation>
    </message>
    <message>
        <source>The amount worked out here is a first estimate (the indicative budget). The council may agree a different amount with your plan: type it here when you know it.</source>
        <translation>Obliczona tutaj kwota to pierwsze oszacowanie (budżet orientacyjny). Samorząd może uzgodnić z Twoim planem inną kwotę: wpisz ją tutaj, gdy ją poznasz.</translation>
    </message>
    <message>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <source>The amount the council agreed</source>
        <translation>Kwota uzgodniona przez samorząd</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Jeszcze nieuzgodniona</translation>
    </message>
    <message>
        <source>change the amount the council agreed</source>
        <translation>zmiana kwoty uzgodnionej przez samorząd</translation>
    </message>
    <message>
        <source>When your budget runs</source>
        <translation>Okres budżetu</translation>
    </message>
    <message>
        <source>Where the money comes from</source>
        <translation>Skąd pochodzą pieniądze</translation>
    </message>
    <message>
        <source>I know my amount (the council gave me a figure)</source>
        <translation>Znam swoją kwotę (samorząd podał mi kwotę)</translation>
    </message>
    <message>
        <source>Work it out by answering the council&apos;s questions</source>
        <translation>Oblicz ją, odpowiadając na pytania samorządu</translation>
    </message>
    <message>
        <source>choose how to set your budget</source>
        <translation>wybór sposobu ustalenia budżetu</translation>
    </message>
    <message>
        <source>The amount the council agreed, %1</source>
        <translation>Kwota uzgodniona przez samorząd, %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::CaseloadModel</name>
    <message>
        <source>No plan yet</source>
        <translation>Brak planu</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>W archiwum</translation>
    </message>
    <message>
        <source>Review due today</source>
        <translation>Przegląd dzisiaj</translation>
    </message>
    <message>
        <source>Review due (%1 weeks late)</source>
        <translation>Czas na przegląd (spóźniony o %1 tyg.)</translation>
    </message>
    <message>
        <source>Review due (1 day late)</source>
        <translation>Czas na przegląd (spóźniony o 1 dzień)</translation>
    </message>
    <message>
        <source>Review due (%1 days late)</source>
        <translation>Czas na przegląd (spóźniony o %1 dni)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nie ustalono</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 ponad budżet</translation>
    </message>
    <message>
        <source>The review date was %1.</source>
        <translation>Data przeglądu: %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Budget a year</source>
        <translation>Budżet rocznie</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Planned a year</source>
        <translation>Zaplanowano rocznie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Zaplanowano</translation>
    </message>
    <message>
        <source>Left over a year</source>
        <translation>Zostaje rocznie</translation>
    </message>
    <message>
        <source>Left over</source>
        <translation>Zostaje</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Następny przegląd</translation>
    </message>
</context>
<context>
    <name>pb::ui::CaseloadPage</name>
    <message>
        <source>Show archived people</source>
        <translation>Pokaż osoby w archiwum</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Otwórz plan</translation>
    </message>
    <message>
        <source>Start a new version</source>
        <translation>Zacznij nową wersję</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Przenieś do archiwum</translation>
    </message>
    <message>
        <source>People and their plans</source>
        <translation>Osoby i ich plany</translation>
    </message>
    <message>
        <source>Open a plan to work on it, or add a person to start a new plan. Amounts are for a whole year.</source>
        <translation>Otwórz plan, aby nad nim pracować, albo dodaj osobę, aby zacząć nowy plan. Kwoty dotyczą całego roku.</translation>
    </message>
    <message>
        <source>&amp;Search by name</source>
        <translation>&amp;Szukaj po nazwisku</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Wpisz część imienia lub nazwiska</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Szukaj po nazwisku</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Open the selected person&apos;s plan</source>
        <translation>Otwórz plan wybranej osoby</translation>
    </message>
    <message>
        <source>Start a new version of the selected agreed plan</source>
        <translation>Zacznij nową wersję wybranego uzgodnionego planu</translation>
    </message>
    <message>
        <source>Copies the agreed plan into a new draft you can change</source>
        <translation>Kopiuje uzgodniony plan do nowej wersji roboczej, którą możesz zmieniać</translation>
    </message>
    <message>
        <source>Archive or bring back the selected person</source>
        <translation>Przenieś wybraną osobę do archiwum albo ją przywróć</translation>
    </message>
    <message>
        <source>Only people whose review is due</source>
        <translation>Tylko osoby, u których czas na przegląd</translation>
    </message>
    <message>
        <source>Review their plan</source>
        <translation>Zrób przegląd planu</translation>
    </message>
    <message>
        <source>Review the selected person&apos;s agreed plan</source>
        <translation>Zrób przegląd uzgodnionego planu wybranej osoby</translation>
    </message>
    <message>
        <source>Look back at the agreed plan: how things have gone, what is working and what is not</source>
        <translation>Spójrz wstecz na uzgodniony plan: jak poszło, co działa, a co nie</translation>
    </message>
    <message>
        <source>Checking the results</source>
        <translation>Sprawdzanie wyników</translation>
    </message>
    <message>
        <source>Checking the results: reviews across everyone</source>
        <translation>Sprawdzanie wyników: przeglądy wszystkich osób</translation>
    </message>
    <message>
        <source>How people&apos;s lives have changed, from their reviews (Ctrl+R)</source>
        <translation>Jak zmieniło się życie ludzi według ich przeglądów (Ctrl+R)</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>Liczba osób: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 people</source>
        <translation>Widoczne osoby: %1 z %2</translation>
    </message>
</context>
<context>
    <name>pb::ui::CheckStep</name>
    <message>
        <source>Check my plan</source>
        <translation>Sprawdź mój plan</translation>
    </message>
    <message>
        <source>Look through your plan before you agree it. Choose a point to go straight to it.</source>
        <translation>Przejrzyj plan, zanim go uzgodnisz. Wybierz punkt, aby od razu do niego przejść.</translation>
    </message>
    <message>
        <source>Things to look at</source>
        <translation>Co warto sprawdzić</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>O mnie</translation>
    </message>
    <message>
        <source>My budget</source>
        <translation>Mój budżet</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <source>How my money is managed</source>
        <translation>Jak zarządza się moimi pieniędzmi</translation>
    </message>
    <message>
        <source>My support</source>
        <translation>Moje wsparcie</translation>
    </message>
    <message>
        <source>If my support can&apos;t come (back-up plan)</source>
        <translation>Jeśli moje wsparcie nie przyjdzie (plan awaryjny)</translation>
    </message>
    <message>
        <source>Your plan has no problems we can see.</source>
        <translation>Nie widzimy problemów w Twoim planie.</translation>
    </message>
    <message>
        <source>Here is what we noticed. Those marked “Needs changing” come first: the council may not agree the plan as it is. Choose one to go straight to it.</source>
        <translation>Oto, co zauważyliśmy. Najpierw pozycje oznaczone jako „Do zmiany”: samorząd może nie uzgodnić planu w obecnej postaci. Wybierz jedną, aby od razu do niej przejść.</translation>
    </message>
    <message>
        <source>Here is what we noticed. Choose one to go straight to it.</source>
        <translation>Oto, co zauważyliśmy. Wybierz jedną pozycję, aby od razu do niej przejść.</translation>
    </message>
</context>
<context>
    <name>pb::ui::DirectPaymentReturnDialog</name>
    <message>
        <source>Direct payment return</source>
        <translation>Rozliczenie płatności bezpośredniej</translation>
    </message>
    <message>
        <source>The account of the money for a period, as councils ask for it: the money in the account at the start, the money paid in, the money paid out by kind of support, and the money at the end.</source>
        <translation>Rozliczenie pieniędzy za dany okres, tak jak wymagają tego samorządy: pieniądze na koncie na początku, wpłaty, wydatki według rodzaju wsparcia i pieniądze na końcu.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Pierwszy dzień okresu</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Ostatni dzień okresu</translation>
    </message>
    <message>
        <source>Save as a spreadsheet (CSV)…</source>
        <translation>Zapisz jako arkusz kalkulacyjny (CSV)…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>The last day is before the first day. Choose the dates again.</source>
        <translation>Ostatni dzień jest przed pierwszym dniem. Wybierz daty ponownie.</translation>
    </message>
    <message>
        <source>Money in the account on %1: %2</source>
        <translation>Pieniądze na koncie w dniu %1: %2</translation>
    </message>
    <message>
        <source>Money paid in: %1</source>
        <translation>Wpłaty: %1</translation>
    </message>
    <message>
        <source>Money paid out: %1</source>
        <translation>Wydatki: %1</translation>
    </message>
    <message>
        <source>1 payment in this period.</source>
        <translation>1 płatność w tym okresie.</translation>
    </message>
    <message>
        <source>%1 payments in this period.</source>
        <translation>Liczba płatności w tym okresie: %1.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Zapisano jako %1.</translation>
    </message>
    <message>
        <source>Save the return as PDF</source>
        <translation>Zapisz rozliczenie jako PDF</translation>
    </message>
    <message>
        <source>Save the return as a spreadsheet</source>
        <translation>Zapisz rozliczenie jako arkusz kalkulacyjny</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (CSV) (*.csv)</source>
        <translation>Arkusze kalkulacyjne (CSV) (*.csv)</translation>
    </message>
</context>
<context>
    <name>pb::ui::EnteredAmountPanel</name>
    <message>
        <source>How much is your budget?</source>
        <translation>Ile wynosi Twój budżet?</translation>
    </message>
    <message>
        <source>The figure in pounds from the council&apos;s letter, like 12000 or 230.50.</source>
        <translation>Kwota w funtach z pisma od samorządu, na przykład 12000 albo 230.50.</translation>
    </message>
    <message>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <source>in pounds</source>
        <translation>w funtach</translation>
    </message>
    <message>
        <source>Your budget</source>
        <translation>Twój budżet</translation>
    </message>
    <message>
        <source>Is that for a week, four weeks, a month or a year?</source>
        <translation>Czy to kwota na tydzień, cztery tygodnie, miesiąc czy rok?</translation>
    </message>
    <message>
        <source>How often you get this amount</source>
        <translation>Jak często dostajesz tę kwotę</translation>
    </message>
    <message>
        <source>Has the council agreed this amount?</source>
        <translation>Czy samorząd zatwierdził tę kwotę?</translation>
    </message>
    <message>
        <source>The council first works out an estimate of your budget. It agrees the final amount with you when it agrees your plan.</source>
        <translation>Samorząd najpierw oblicza szacunkową wysokość Twojego budżetu. Ostateczną kwotę uzgadnia z Tobą, gdy uzgadnia Twój plan.</translation>
    </message>
    <message>
        <source>Not yet: this is the council&apos;s first estimate (the indicative budget)</source>
        <translation>Jeszcze nie: to pierwsze oszacowanie samorządu (budżet orientacyjny)</translation>
    </message>
    <message>
        <source>Yes: the council has agreed this amount (the agreed budget)</source>
        <translation>Tak: samorząd zatwierdził tę kwotę (budżet uzgodniony)</translation>
    </message>
    <message>
        <source>change your budget</source>
        <translation>zmiana budżetu</translation>
    </message>
    <message>
        <source>say whether the council agreed your budget</source>
        <translation>zaznaczenie, czy samorząd zatwierdził budżet</translation>
    </message>
    <message>
        <source>change how often you get your budget</source>
        <translation>zmiana częstotliwości wypłaty budżetu</translation>
    </message>
    <message>
        <source>The council&apos;s first estimate (the indicative budget) was %1.</source>
        <translation>Pierwsze oszacowanie samorządu (budżet orientacyjny) wynosiło %1.</translation>
    </message>
</context>
<context>
    <name>pb::ui::FindingButton</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is &quot;Needs changing&quot;, &quot;Worth a look&quot; or &quot;Tip&quot;; %2 the advice</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens the part of your plan this is about</source>
        <translation>Otwiera część planu, której to dotyczy</translation>
    </message>
    <message>
        <source>Go to this part of your plan</source>
        <translation>Przejdź do tej części planu</translation>
    </message>
</context>
<context>
    <name>pb::ui::FundingStreamModel</name>
    <message>
        <source>Where it comes from</source>
        <translation>Skąd pochodzą</translation>
    </message>
    <message>
        <source>Amount %1</source>
        <extracomment>The period phrase: &quot;a week&quot;, &quot;a year&quot;…</extracomment>
        <translation>Kwota %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
</context>
<context>
    <name>pb::ui::FundingStreamsPanel</name>
    <message>
        <source>Add a funding stream</source>
        <translation>Dodaj źródło finansowania</translation>
    </message>
    <message>
        <source>Remove this funding stream</source>
        <translation>Usuń to źródło finansowania</translation>
    </message>
    <message>
        <source>The funding stream you chose</source>
        <translation>Wybrane źródło finansowania</translation>
    </message>
    <message>
        <source>Most budgets come only from the council. If part of yours comes from somewhere else (the NHS, a grant, or your own contribution), add each part here, in the same period as your budget.</source>
        <translation>Większość budżetów pochodzi tylko od samorządu. Jeśli część Twojego budżetu pochodzi skądinąd (z NHS, z dotacji albo z Twojego własnego wkładu), dodaj tu każdą część, w tym samym okresie co budżet.</translation>
    </message>
    <message>
        <source>Funding streams</source>
        <translation>Źródła finansowania</translation>
    </message>
    <message>
        <source>Remove the chosen funding stream</source>
        <translation>Usuń wybrane źródło finansowania</translation>
    </message>
    <message>
        <source>Takes the chosen funding stream out of your budget (Delete)</source>
        <translation>Usuwa wybrane źródło finansowania z Twojego budżetu (Delete)</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Skąd pochodzą</translation>
    </message>
    <message>
        <source>Where this funding stream comes from</source>
        <translation>Skąd pochodzi to źródło finansowania</translation>
    </message>
    <message>
        <source>change where a funding stream comes from</source>
        <translation>zmiana pochodzenia źródła finansowania</translation>
    </message>
    <message>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <source>Amount of this funding stream</source>
        <translation>Kwota z tego źródła finansowania</translation>
    </message>
    <message>
        <source>change the amount of a funding stream</source>
        <translation>zmiana kwoty źródła finansowania</translation>
    </message>
    <message>
        <source>Note (if you want one)</source>
        <translation>Uwagi (jeśli chcesz)</translation>
    </message>
    <message>
        <source>For example “the council&apos;s share” or “my assessed contribution”.</source>
        <translation>Na przykład „udział samorządu” albo „mój ustalony wkład”.</translation>
    </message>
    <message>
        <source>Note about this funding stream</source>
        <translation>Uwagi o tym źródle finansowania</translation>
    </message>
    <message>
        <source>change the note on a funding stream</source>
        <translation>zmiana uwag o źródle finansowania</translation>
    </message>
    <message>
        <source>You haven&apos;t added any funding streams. If all your budget comes from the council, you don&apos;t need to.</source>
        <translation>Nie dodano żadnych źródeł finansowania. Jeśli cały budżet pochodzi od samorządu, nie musisz tego robić.</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1.</source>
        <translation>Twoje źródła finansowania dają razem %1.</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1, which matches your budget.</source>
        <translation>Twoje źródła finansowania dają razem %1, czyli tyle, ile wynosi Twój budżet.</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1, which is %2 less than your budget.</source>
        <translation>Twoje źródła finansowania dają razem %1, czyli o %2 mniej niż Twój budżet.</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1, which is %2 more than your budget.</source>
        <translation>Twoje źródła finansowania dają razem %1, czyli o %2 więcej niż Twój budżet.</translation>
    </message>
    <message>
        <source>add a funding stream</source>
        <translation>dodanie źródła finansowania</translation>
    </message>
    <message>
        <source>remove a funding stream</source>
        <translation>usunięcie źródła finansowania</translation>
    </message>
    <message>
        <source>Amount %1</source>
        <translation>Kwota %1</translation>
    </message>
    <message>
        <source>About this funding stream: %1</source>
        <translation>O tym źródle finansowania: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::Heading</name>
    <message>
        <source>Page heading</source>
        <translation>Nagłówek strony</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Nagłówek</translation>
    </message>
</context>
<context>
    <name>pb::ui::HelpWindow</name>
    <message>
        <source>Help - Personal Budget Planner</source>
        <translation>Pomoc – Personal Budget Planner</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>&amp;Search help</source>
        <translation>&amp;Szukaj w pomocy</translation>
    </message>
    <message>
        <source>For example: direct payment</source>
        <translation>Na przykład: płatność bezpośrednia</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>Szukaj w pomocy</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Tematy pomocy</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Strona pomocy</translation>
    </message>
    <message>
        <source>%1 - Help</source>
        <translation>%1 – Pomoc</translation>
    </message>
</context>
<context>
    <name>pb::ui::IsfRolloverModel</name>
    <message>
        <source>%1 to %2</source>
        <extracomment>a plan month: &quot;6 Apr to 5 May 2026&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (overspent)</source>
        <translation>%1 (przekroczono)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>From the month before</source>
        <translation>Z poprzedniego miesiąca</translation>
    </message>
    <message>
        <source>This month&apos;s money</source>
        <translation>Pieniądze na ten miesiąc</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <source>Rolls over</source>
        <translation>Przechodzi dalej</translation>
    </message>
</context>
<context>
    <name>pb::ui::LanguageChooser</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The language of the program, its help and the plans it prints</source>
        <translation>Język programu, jego pomocy i drukowanych planów</translation>
    </message>
    <message>
        <source>The computer&apos;s language (%1)</source>
        <translation>Język komputera (%1)</translation>
    </message>
    <message>
        <source>&amp;Use this language</source>
        <translation>&amp;Użyj tego języka</translation>
    </message>
    <message>
        <source>Use the language chosen in the list</source>
        <translation>Użyj języka wybranego z listy</translation>
    </message>
</context>
<context>
    <name>pb::ui::MainWindow</name>
    <message>
        <source>Personal Budget Planner</source>
        <translation>Personal Budget Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New caseload file…</source>
        <translation>&amp;Nowy plik listy osób…</translation>
    </message>
    <message>
        <source>New caseload file</source>
        <translation>Nowy plik listy osób</translation>
    </message>
    <message>
        <source>Caseload files (*.pbdb)</source>
        <translation>Pliki listy osób (*.pbdb)</translation>
    </message>
    <message>
        <source>&amp;Open caseload file…</source>
        <translation>&amp;Otwórz plik listy osób…</translation>
    </message>
    <message>
        <source>Open caseload file</source>
        <translation>Otwórz plik listy osób</translation>
    </message>
    <message>
        <source>Caseload files (*.pbdb);;All files (*)</source>
        <translation>Pliki listy osób (*.pbdb);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Os&amp;tatnio otwierane</translation>
    </message>
    <message>
        <source>&amp;Import a plan file…</source>
        <translation>&amp;Importuj plik planu…</translation>
    </message>
    <message>
        <source>Import a plan file</source>
        <translation>Importuj plik planu</translation>
    </message>
    <message>
        <source>Plan files (*.pbplan)</source>
        <translation>Pliki planu (*.pbplan)</translation>
    </message>
    <message>
        <source>&amp;Export this plan as a plan file…</source>
        <translation>&amp;Eksportuj ten plan do pliku planu…</translation>
    </message>
    <message>
        <source>Export this plan</source>
        <translation>Eksportuj ten plan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print pre&amp;view</source>
        <translation>&amp;Podgląd wydruku</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Zapisz jako PD&amp;F…</translation>
    </message>
    <message>
        <source>Save eas&amp;y-read PDF…</source>
        <translation>Zapisz PDF ł&amp;atwy do czytania…</translation>
    </message>
    <message>
        <source>Save support as a &amp;spreadsheet (CSV)…</source>
        <translation>Zapisz wsparcie jako ar&amp;kusz kalkulacyjny (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Back to all people</source>
        <translation>&amp;Wróć do wszystkich osób</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Większy tekst</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Mniejszy tekst</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normalny rozmiar tekstu</translation>
    </message>
    <message>
        <source>Checking the &amp;results</source>
        <translation>&amp;Sprawdzanie wyników</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>&amp;Pomoc do tej strony</translation>
    </message>
    <message>
        <source>&amp;Glossary of words</source>
        <translation>&amp;Słowniczek</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>S&amp;króty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About Personal Budget Planner</source>
        <translation>&amp;O programie Personal Budget Planner</translation>
    </message>
    <message>
        <source>This caseload file was updated to work with this version. A copy from before the update is at %1.</source>
        <translation>Ten plik listy osób został zaktualizowany do tej wersji programu. Kopia sprzed aktualizacji jest w %1.</translation>
    </message>
    <message>
        <source>Start my plan</source>
        <translation>Zacznij mój plan</translation>
    </message>
    <message>
        <source>Open a caseload file first, then check its results.</source>
        <translation>Najpierw otwórz plik listy osób, a potem sprawdź jego wyniki.</translation>
    </message>
    <message>
        <source>Open or make a caseload file first, then import the plan into it.</source>
        <translation>Najpierw otwórz albo utwórz plik listy osób, a potem zaimportuj do niego plan.</translation>
    </message>
    <message>
        <source>%1&apos;s plan was imported as a new draft.</source>
        <translation>Plan osoby %1 zaimportowano jako nową wersję roboczą.</translation>
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation>Plan zapisano jako %1.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
</context>
<context>
    <name>pb::ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Zamknij ten komunikat</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacja</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::MoneyEdit</name>
    <message>
        <source>For example 120 or 120.50</source>
        <translation>Na przykład 120 albo 120.50</translation>
    </message>
</context>
<context>
    <name>pb::ui::MoneyManagementStep</name>
    <message>
        <source>You choose your support and pay for it, and you can employ your own staff. The most freedom, but you keep receipts and records for the council. It can&apos;t pay for a long stay in a care home.</source>
        <translation>Samodzielnie wybierasz wsparcie i za nie płacisz, możesz też zatrudniać własny personel. To daje najwięcej swobody, ale musisz przechowywać rachunki i dokumenty dla samorządu. Nie można z tego opłacić długiego pobytu w domu opieki.</translation>
    </message>
    <message>
        <source>The council books and pays for your support with you. No records to keep, but less choice. If something goes wrong, you ring the council.</source>
        <translation>Samorząd razem z Tobą rezerwuje wsparcie i za nie płaci. Nie musisz prowadzić dokumentów, ale masz mniejszy wybór. Jeśli coś pójdzie źle, dzwonisz do samorządu.</translation>
    </message>
    <message>
        <source>A provider you choose holds the money and arranges your support the way you ask. Money not spent one month carries over to the next. You ring the provider.</source>
        <translation>Wybrany przez Ciebie usługodawca przechowuje pieniądze i organizuje wsparcie tak, jak chcesz. Pieniądze niewydane w jednym miesiącu przechodzą na następny. Dzwonisz do usługodawcy.</translation>
    </message>
    <message>
        <source>A person or organisation you trust gets the money and does the paperwork for you. You still decide what support you get. You ring them.</source>
        <translation>Osoba lub organizacja, której ufasz, dostaje pieniądze i załatwia za Ciebie formalności. Nadal Ty decydujesz, jakie wsparcie dostajesz. Dzwonisz do niej.</translation>
    </message>
    <message>
        <source>Part of the money is paid to you and part is arranged for you. For each piece of support you say how it is paid, under “My support”.</source>
        <translation>Część pieniędzy jest wypłacana Tobie, a część jest organizowana za Ciebie. Przy każdym elemencie wsparcia podajesz w części „Moje wsparcie”, jak jest opłacany.</translation>
    </message>
    <message>
        <source>How my money is managed</source>
        <translation>Jak zarządza się moimi pieniędzmi</translation>
    </message>
    <message>
        <source>Choose who looks after the money and arranges your support. You can use more than one way.</source>
        <translation>Wybierz, kto pilnuje pieniędzy i organizuje Twoje wsparcie. Możesz wybrać więcej niż jeden sposób.</translation>
    </message>
    <message>
        <source>Pay for all my support this way</source>
        <translation>Płać w ten sposób za całe moje wsparcie</translation>
    </message>
    <message>
        <source>Who looks after the money</source>
        <translation>Kto pilnuje pieniędzy</translation>
    </message>
    <message>
        <source>Who the money is paid to, if not you (nominee)</source>
        <translation>Komu wypłacane są pieniądze, jeśli nie Tobie (osoba upoważniona)</translation>
    </message>
    <message>
        <source>For example a family member who looks after the bank account for you. Leave this empty if the money is paid to you.</source>
        <translation>Na przykład członek rodziny, który prowadzi za Ciebie konto w banku. Zostaw puste, jeśli pieniądze są wypłacane Tobie.</translation>
    </message>
    <message>
        <source>The provider who holds the money</source>
        <translation>Usługodawca, który przechowuje pieniądze</translation>
    </message>
    <message>
        <source>The care provider you chose, for example a home care agency.</source>
        <translation>Wybrany przez Ciebie usługodawca, na przykład agencja opieki domowej.</translation>
    </message>
    <message>
        <source>Who manages the money for you</source>
        <translation>Kto zarządza pieniędzmi za Ciebie</translation>
    </message>
    <message>
        <source>A person you trust, or an organisation such as a direct payment support service.</source>
        <translation>Osoba, której ufasz, albo organizacja, na przykład służba wspierająca płatności bezpośrednie.</translation>
    </message>
    <message>
        <source>How your support is paid for</source>
        <translation>Jak opłacane jest Twoje wsparcie</translation>
    </message>
    <message>
        <source>When you add support under “My support”, you will see here how much is paid each way.</source>
        <translation>Gdy dodasz wsparcie w części „Moje wsparcie”, zobaczysz tutaj, ile jest płacone każdym sposobem.</translation>
    </message>
    <message>
        <source>How your support is paid for, a year</source>
        <translation>Jak opłacane jest Twoje wsparcie, rocznie</translation>
    </message>
    <message>
        <source>change who holds the money</source>
        <translation>zmiana osoby, która przechowuje pieniądze</translation>
    </message>
    <message>
        <source>change how the money is managed</source>
        <translation>zmiana sposobu zarządzania pieniędzmi</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>i jeszcze %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>pay for all support the same way</source>
        <translation>opłacanie całego wsparcia w ten sam sposób</translation>
    </message>
    <message>
        <source>change how support is paid</source>
        <translation>zmiana sposobu płacenia za wsparcie</translation>
    </message>
    <message>
        <source>Some of your support is paid another way: %1.</source>
        <translation>Część Twojego wsparcia jest opłacana w inny sposób: %1.</translation>
    </message>
    <message>
        <source>Pay for all my support this way: %1</source>
        <translation>Płać w ten sposób za całe moje wsparcie: %1</translation>
    </message>
    <message>
        <source>%1 is paid to you</source>
        <translation>%1 jest wypłacane Tobie</translation>
    </message>
    <message>
        <source>%1 is paid to %2 for you</source>
        <translation>%1 jest wypłacane za Ciebie osobie: %2</translation>
    </message>
    <message>
        <source>%1 the council arranges</source>
        <translation>%1 organizuje samorząd</translation>
    </message>
    <message>
        <source>%1 is held for you by a provider</source>
        <translation>%1 przechowuje dla Ciebie usługodawca</translation>
    </message>
    <message>
        <source>%1 is held for you by %2</source>
        <translation>%1 przechowuje dla Ciebie: %2</translation>
    </message>
    <message>
        <source>%1 is managed for you by someone else</source>
        <translation>%1 zarządza za Ciebie ktoś inny</translation>
    </message>
    <message>
        <source>%1 is managed for you by %2</source>
        <translation>%1 zarządza za Ciebie: %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>pb::ui::MoveSupportDialog</name>
    <message>
        <source>Pay for all of it this way</source>
        <translation>Płać za wszystko w ten sposób</translation>
    </message>
    <message>
        <source>Keep each as it is</source>
        <translation>Zostaw każde bez zmian</translation>
    </message>
    <message>
        <source>Don&apos;t change anything</source>
        <translation>Niczego nie zmieniaj</translation>
    </message>
    <message>
        <source>Pay for all your support this way?</source>
        <translation>Płacić w ten sposób za całe Twoje wsparcie?</translation>
    </message>
    <message>
        <source>You chose: %1.</source>
        <translation>Wybrano: %1.</translation>
    </message>
    <message>
        <source>Some of your support is paid another way:</source>
        <translation>Część Twojego wsparcia jest opłacana w inny sposób:</translation>
    </message>
    <message>
        <source>Do you want all of your support paid this way? You can change each piece of support later under “My support”, and you can undo this.</source>
        <translation>Czy chcesz, aby całe Twoje wsparcie było opłacane w ten sposób? Każdy element wsparcia możesz później zmienić w części „Moje wsparcie”. Możesz też to cofnąć.</translation>
    </message>
</context>
<context>
    <name>pb::ui::OutcomeCard</name>
    <message>
        <source>This is one of my three most important</source>
        <translation>To jeden z trzech najważniejszych dla mnie celów</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Przenieś wyżej</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Przenieś niżej</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>Moimi słowami</translation>
    </message>
    <message>
        <source>For example: I want to go swimming every week with a friend</source>
        <translation>Na przykład: chcę co tydzień chodzić na basen z przyjacielem</translation>
    </message>
    <message>
        <source>Which part of my life it is about (life area)</source>
        <translation>Której części mojego życia to dotyczy (dziedzina życia)</translation>
    </message>
    <message>
        <source>How I will know it is working</source>
        <translation>Jak poznam, że to działa</translation>
    </message>
    <message>
        <source>For example: I have been swimming 40 times this year</source>
        <translation>Na przykład: w tym roku mam już za sobą 40 wyjść na basen</translation>
    </message>
    <message>
        <source>Move this outcome up the list (Alt+Up)</source>
        <translation>Przenieś ten cel wyżej na liście (Alt+Up)</translation>
    </message>
    <message>
        <source>Move this outcome down the list (Alt+Down)</source>
        <translation>Przenieś ten cel niżej na liście (Alt+Down)</translation>
    </message>
    <message>
        <source>Take this outcome out of the plan. You can undo this.</source>
        <translation>Usuń ten cel z planu. Możesz to cofnąć.</translation>
    </message>
    <message>
        <source>Outcome %1</source>
        <translation>Cel %1</translation>
    </message>
    <message>
        <source>Outcome %1 of %2</source>
        <translation>Cel %1 z %2</translation>
    </message>
    <message>
        <source>Outcome %1, in my own words</source>
        <translation>Cel %1, moimi słowami</translation>
    </message>
    <message>
        <source>Outcome %1, which part of my life it is about</source>
        <translation>Cel %1, której części mojego życia dotyczy</translation>
    </message>
    <message>
        <source>Outcome %1, how I will know it is working</source>
        <translation>Cel %1, jak poznam, że to działa</translation>
    </message>
    <message>
        <source>Outcome %1 is one of my three most important</source>
        <translation>Cel %1 to jeden z trzech najważniejszych dla mnie celów</translation>
    </message>
    <message>
        <source>Move outcome %1 up</source>
        <translation>Przenieś cel %1 wyżej</translation>
    </message>
    <message>
        <source>Move outcome %1 down</source>
        <translation>Przenieś cel %1 niżej</translation>
    </message>
    <message>
        <source>Remove outcome %1</source>
        <translation>Usuń cel %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::OutcomeReviewCard</name>
    <message>
        <source>Since my plan began, this is:</source>
        <translation>Od początku mojego planu jest:</translation>
    </message>
    <message>
        <source>What I want to say about it (if anything)</source>
        <translation>Co chcę o tym powiedzieć (jeśli coś)</translation>
    </message>
    <message>
        <source>%1 (one of my three most important)</source>
        <translation>%1 (jeden z trzech najważniejszych dla mnie celów)</translation>
    </message>
    <message>
        <source>%1. How I will know it is working: %2</source>
        <extracomment>%1 a life area, %2 the person&apos;s words</extracomment>
        <translation>%1. Jak poznam, że to działa: %2</translation>
    </message>
    <message>
        <source>What I want to say about: %1</source>
        <extracomment>the comment field&apos;s name for screen readers</extracomment>
        <translation>Co chcę powiedzieć o: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::OutcomesStep</name>
    <message>
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <source>Write what you want your support to help with, in your own words. Then pick the three that matter most.</source>
        <translation>Napisz własnymi słowami, w czym ma Ci pomóc wsparcie. Potem wybierz trzy najważniejsze rzeczy.</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>&amp;Add an outcome</source>
        <translation>&amp;Dodaj cel</translation>
    </message>
    <message>
        <source>Put the removed outcome back</source>
        <translation>Przywróć usunięty cel</translation>
    </message>
    <message>
        <source>Add an outcome</source>
        <translation>Dodaj cel</translation>
    </message>
    <message>
        <source>Add something that matters to you (Alt+A)</source>
        <translation>Dodaj coś, co jest dla Ciebie ważne (Alt+A)</translation>
    </message>
    <message>
        <source>change an outcome</source>
        <translation>zmiana celu</translation>
    </message>
    <message>
        <source>Outcome %1 was taken out of your plan. You can undo this.</source>
        <translation>Cel %1 usunięto z planu. Możesz to cofnąć.</translation>
    </message>
    <message>
        <source>“%1” was taken out of your plan. You can undo this.</source>
        <translation>„%1” usunięto z planu. Możesz to cofnąć.</translation>
    </message>
    <message>
        <source>You have already picked %1. To pick this one, untick one of the others first.</source>
        <translation>Wybrano już %1. Aby wybrać ten cel, najpierw odznacz jeden z pozostałych.</translation>
    </message>
    <message>
        <source>No support yet</source>
        <translation>Jeszcze bez wsparcia</translation>
    </message>
    <message>
        <source>Helped by support that costs nothing</source>
        <translation>Pomaga w tym bezpłatne wsparcie</translation>
    </message>
    <message>
        <source>%1 of your plan goes to this</source>
        <translation>Idzie na to %1 Twojego planu</translation>
    </message>
    <message>
        <source>You have picked %1 outcomes as most important. Untick some, so that only %2 are picked.</source>
        <translation>Jako najważniejsze wybrano %1 celów. Odznacz część z nich, aby wybranych było tylko %2.</translation>
    </message>
    <message>
        <source>You have picked %1 of %2 most important outcomes.</source>
        <translation>Wybrano %1 z %2 najważniejszych celów.</translation>
    </message>
    <message>
        <source>You have not written any outcomes yet. Choose “Add an outcome” and start with the thing that matters most to you.</source>
        <translation>Nie zapisano jeszcze żadnych celów. Wybierz „Dodaj cel” i zacznij od tego, co jest dla Ciebie najważniejsze.</translation>
    </message>
</context>
<context>
    <name>pb::ui::PaymentDialog</name>
    <message>
        <source>Add a payment</source>
        <translation>Dodaj płatność</translation>
    </message>
    <message>
        <source>Change a payment</source>
        <translation>Zmień płatność</translation>
    </message>
    <message>
        <source>Which way did the money go?</source>
        <translation>W którą stronę poszły pieniądze?</translation>
    </message>
    <message>
        <source>Money out: a payment from the account</source>
        <translation>Wydatek: płatność z konta</translation>
    </message>
    <message>
        <source>Money in: for example the council&apos;s payment</source>
        <translation>Wpływ: na przykład płatność od samorządu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Amount in pounds</source>
        <translation>Kwota w funtach</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Kwota</translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation>Na co była</translation>
    </message>
    <message>
        <source>For example: wages for 1 to 7 May</source>
        <translation>Na przykład: wynagrodzenie za 1–7 maja</translation>
    </message>
    <message>
        <source>W&amp;hat it was for</source>
        <translation>&amp;Na co była</translation>
    </message>
    <message>
        <source>Which support it paid for</source>
        <translation>Za które wsparcie zapłacono</translation>
    </message>
    <message>
        <source>Not for one piece of support in the plan</source>
        <translation>Nie za jeden element wsparcia z planu</translation>
    </message>
    <message>
        <source>Support no longer in the plan</source>
        <translation>Wsparcia nie ma już w planie</translation>
    </message>
    <message>
        <source>Which &amp;support in your plan it paid for</source>
        <translation>Za które &amp;wsparcie z planu zapłacono</translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation>Dodaj płatność</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Who paid it &amp;in</source>
        <translation>Kto w&amp;płacił</translation>
    </message>
    <message>
        <source>Who was &amp;paid</source>
        <translation>Komu &amp;zapłacono</translation>
    </message>
    <message>
        <source>Who paid it in</source>
        <translation>Kto wpłacił</translation>
    </message>
    <message>
        <source>Who was paid</source>
        <translation>Komu zapłacono</translation>
    </message>
    <message>
        <source>For example: Oldham Council</source>
        <translation>Na przykład: Oldham Council</translation>
    </message>
    <message>
        <source>For example: Jade Morris, or the shop</source>
        <translation>Na przykład: Jade Morris albo sklep</translation>
    </message>
    <message>
        <source>Enter an amount more than £0, like 12.50</source>
        <translation>Wpisz kwotę większą niż £0, na przykład 12.50</translation>
    </message>
    <message>
        <source>Enter the amount in pounds, like 120 or 120.50</source>
        <translation>Wpisz kwotę w funtach, na przykład 120 albo 120.50</translation>
    </message>
    <message>
        <source>add a payment</source>
        <translation>dodanie płatności</translation>
    </message>
    <message>
        <source>change a payment</source>
        <translation>zmiana płatności</translation>
    </message>
    <message>
        <source>The payment couldn&apos;t be saved.</source>
        <translation>Nie udało się zapisać płatności.</translation>
    </message>
</context>
<context>
    <name>pb::ui::PaymentsModel</name>
    <message>
        <source>Not linked</source>
        <translation>Niepołączone</translation>
    </message>
    <message>
        <source>Support no longer in the plan</source>
        <translation>Wsparcia nie ma już w planie</translation>
    </message>
    <message>
        <source>Choose Change to say which support this paid for</source>
        <translation>Wybierz Zmień, aby wskazać, za które wsparcie to zapłacono</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>who was paid, then what for: &quot;Jade Morris: wages for 1 to 7 May&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Who and what for</source>
        <translation>Kto i na co</translation>
    </message>
    <message>
        <source>Support it paid for</source>
        <translation>Za jakie wsparcie</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Wpływy</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Wydatki</translation>
    </message>
</context>
<context>
    <name>pb::ui::PersonalAssistantCalculator</name>
    <message>
        <source>What a personal assistant costs</source>
        <translation>Ile kosztuje asystent osobisty</translation>
    </message>
    <message>
        <source>Employing a personal assistant costs more than their pay: there is holiday pay, the employer&apos;s National Insurance, a workplace pension, insurance and a payroll service. Enter the hours and the pay to see it all.</source>
        <translation>Zatrudnienie asystenta osobistego kosztuje więcej niż jego wynagrodzenie: jest wynagrodzenie urlopowe, składka pracodawcy na National Insurance, pracowniczy program emerytalny, ubezpieczenie i obsługa płac. Wpisz godziny i stawkę, aby zobaczyć wszystko.</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Godziny tygodniowo</translation>
    </message>
    <message>
        <source>You can use part hours, like 7.5</source>
        <translation>Możesz wpisać część godziny, na przykład 7.5</translation>
    </message>
    <message>
        <source>Pay an hour (hourly wage), in pounds</source>
        <translation>Stawka za godzinę (stawka godzinowa), w funtach</translation>
    </message>
    <message>
        <source>Pay an hour</source>
        <translation>Stawka za godzinę</translation>
    </message>
    <message>
        <source>I will claim the Employment Allowance (it takes up to %1 a year off the employer&apos;s National Insurance)</source>
        <translation>Będę korzystać z Employment Allowance (obniża składkę pracodawcy na National Insurance o maksymalnie %1 rocznie)</translation>
    </message>
    <message>
        <source>Claim the Employment Allowance</source>
        <translation>Skorzystaj z Employment Allowance</translation>
    </message>
    <message>
        <source>Most people who employ a personal assistant can claim it. Your plan is costed without it, to be safe.</source>
        <translation>Większość osób zatrudniających asystenta osobistego może z niej skorzystać. Dla bezpieczeństwa koszt planu liczony jest bez niej.</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>Ile to kosztuje</translation>
    </message>
    <message>
        <source>Add this personal assistant to my plan</source>
        <translation>Dodaj tego asystenta osobistego do mojego planu</translation>
    </message>
    <message>
        <source>Use these figures</source>
        <translation>Użyj tych kwot</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close without adding</source>
        <translation>Zamknij bez dodawania</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>The legal minimum for workers aged %1 and over is %2 an hour from %3 (the National Living Wage).</source>
        <translation>Ustawowe minimum dla pracowników w wieku %1 lat i starszych to %2 za godzinę od %3 (National Living Wage).</translation>
    </message>
    <message>
        <source>This is less than %1 an hour, the legal minimum for workers aged %2 and over. A younger assistant or an apprentice may have a lower minimum.</source>
        <translation>To mniej niż %1 za godzinę, czyli ustawowe minimum dla pracowników w wieku %2 lat i starszych. Dla młodszego asystenta albo praktykanta minimum może być niższe.</translation>
    </message>
    <message>
        <source>Enter the hours a week and the pay an hour to see what it costs.</source>
        <translation>Wpisz liczbę godzin tygodniowo i stawkę za godzinę, aby zobaczyć koszt.</translation>
    </message>
    <message>
        <source>Enter the pay an hour, like 12.71</source>
        <translation>Wpisz stawkę za godzinę, na przykład 12.71</translation>
    </message>
</context>
<context>
    <name>pb::ui::PersonalAssistantCostModel</name>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>Jak to obliczono</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Rocznie</translation>
    </message>
</context>
<context>
    <name>pb::ui::PersonalAssistantCostView</name>
    <message>
        <source>What employing a personal assistant costs, line by line</source>
        <translation>Ile kosztuje zatrudnienie asystenta osobistego, pozycja po pozycji</translation>
    </message>
    <message>
        <source>In total: %1, that is %2 or %3</source>
        <translation>Razem: %1, czyli %2 albo %3</translation>
    </message>
    <message>
        <source>(typical figures, not quotes: use your own if you have them)</source>
        <translation>(typowe kwoty, a nie wyceny: użyj własnych, jeśli je masz)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Worked out with the rates as of %1 (%2).</source>
        <translation>Obliczono według stawek na dzień %1 (%2).</translation>
    </message>
    <message>
        <source>Where the figures come from:</source>
        <translation>Skąd pochodzą kwoty:</translation>
    </message>
</context>
<context>
    <name>pb::ui::PlanOutput</name>
    <message>
        <source>Your plan was sent to the printer.</source>
        <translation>Twój plan został wysłany do drukarki.</translation>
    </message>
    <message>
        <source>Save your plan as a PDF</source>
        <translation>Zapisz plan jako PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the easy-read plan as a PDF</source>
        <translation>Zapisz plan łatwy do czytania jako PDF</translation>
    </message>
    <message>
        <source>Save your support as a spreadsheet</source>
        <translation>Zapisz wsparcie jako arkusz kalkulacyjny</translation>
    </message>
    <message>
        <source>Spreadsheet files (CSV) (*.csv)</source>
        <translation>Pliki arkusza kalkulacyjnego (CSV) (*.csv)</translation>
    </message>
    <message>
        <source>Your plan was saved as %1.</source>
        <translation>Twój plan zapisano jako %1.</translation>
    </message>
    <message>
        <source>The easy-read plan was saved as %1.</source>
        <translation>Plan łatwy do czytania zapisano jako %1.</translation>
    </message>
    <message>
        <source>Your support was saved as a spreadsheet: %1.</source>
        <translation>Twoje wsparcie zapisano jako arkusz kalkulacyjny: %1.</translation>
    </message>
</context>
<context>
    <name>pb::ui::PlanOutputPanel</name>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Print your plan</source>
        <translation>Wydrukuj swój plan</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Podgląd wydruku</translation>
    </message>
    <message>
        <source>Show how your plan will look printed</source>
        <translation>Pokaż, jak plan będzie wyglądał po wydrukowaniu</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save your plan as a PDF file</source>
        <translation>Zapisz plan jako plik PDF</translation>
    </message>
    <message>
        <source>Save easy-read PDF…</source>
        <translation>Zapisz PDF łatwy do czytania…</translation>
    </message>
    <message>
        <source>Save the easy-read plan as a PDF file</source>
        <translation>Zapisz plan łatwy do czytania jako plik PDF</translation>
    </message>
    <message>
        <source>Save support as a spreadsheet (CSV)…</source>
        <translation>Zapisz wsparcie jako arkusz kalkulacyjny (CSV)…</translation>
    </message>
    <message>
        <source>Save your support as a spreadsheet (a CSV file)</source>
        <translation>Zapisz wsparcie jako arkusz kalkulacyjny (plik CSV)</translation>
    </message>
    <message>
        <source>Print or save your plan</source>
        <translation>Wydrukuj albo zapisz swój plan</translation>
    </message>
    <message>
        <source>Print the plan to share it, or save it as a PDF to send or keep. The easy-read plan uses short sentences and pictures. The spreadsheet lists your support and what it costs.</source>
        <translation>Wydrukuj plan, aby się nim podzielić, albo zapisz go jako PDF, aby go wysłać lub zachować. Plan łatwy do czytania ma krótkie zdania i obrazki. Arkusz kalkulacyjny zawiera listę Twojego wsparcia i jego koszt.</translation>
    </message>
    <message>
        <source>This plan is not agreed yet, so every page says DRAFT.</source>
        <translation>Ten plan nie jest jeszcze uzgodniony, więc na każdej stronie jest napis WERSJA ROBOCZA.</translation>
    </message>
</context>
<context>
    <name>pb::ui::PlanPage</name>
    <message>
        <source>Make a new version</source>
        <translation>Utwórz nową wersję</translation>
    </message>
    <message>
        <source>Review this plan</source>
        <translation>Zrób przegląd tego planu</translation>
    </message>
    <message>
        <source>Keep track of the money</source>
        <translation>Pilnuj pieniędzy</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Wszystkie osoby</translation>
    </message>
    <message>
        <source>Back to all people</source>
        <translation>Wróć do wszystkich osób</translation>
    </message>
    <message>
        <source>Back to the list of everyone (the caseload)</source>
        <translation>Wróć do listy wszystkich osób (podopieczni)</translation>
    </message>
    <message>
        <source>Make a new version of this plan</source>
        <translation>Utwórz nową wersję tego planu</translation>
    </message>
    <message>
        <source>Review this plan: how things have gone since it was agreed</source>
        <translation>Zrób przegląd tego planu: jak poszło od uzgodnienia</translation>
    </message>
    <message>
        <source>Keep track of the money: what has been spent</source>
        <translation>Pilnuj pieniędzy: co zostało wydane</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Kroki planu</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Wróć do poprzedniego kroku</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Go back to the previous step (Alt+B)</source>
        <translation>Wróć do poprzedniego kroku (Alt+B)</translation>
    </message>
    <message>
        <source>Go on to the next step (Alt+N)</source>
        <translation>Przejdź do następnego kroku (Alt+N)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nowy plan</translation>
    </message>
    <message>
        <source>Version %1 of this plan was agreed on %2, so it can&apos;t be changed. To change it, make a new version.</source>
        <translation>Wersja %1 tego planu została uzgodniona %2, więc nie można jej zmienić. Aby ją zmienić, utwórz nową wersję.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Dalej: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::PlanSession</name>
    <message>
        <source>This version of the plan was agreed, so it can&apos;t be changed. Choose &quot;Make a new version&quot; to change it.</source>
        <translation>Ta wersja planu została uzgodniona, więc nie można jej zmienić. Aby ją zmienić, wybierz &quot;Utwórz nową wersję&quot;.</translation>
    </message>
</context>
<context>
    <name>pb::ui::PreferencesDialog</name>
    <message>
        <source>Use &amp;high contrast: black text on white</source>
        <translation>Użyj &amp;wysokiego kontrastu: czarny tekst na białym tle</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>How the program looks</source>
        <translation>Wygląd programu</translation>
    </message>
    <message>
        <source>Changes apply straight away and are kept for next time.</source>
        <translation>Zmiany działają od razu i zostaną zapamiętane na następny raz.</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a text size, as a percentage of the desktop&apos;s own</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Rozmiar tekstu</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <source>Also View, Larger text (Ctrl+Plus) and Smaller text (Ctrl+Minus).</source>
        <translation>Możesz też użyć menu Widok: Większy tekst (Ctrl+Plus) i Mniejszy tekst (Ctrl+Minus).</translation>
    </message>
    <message>
        <source>Use high contrast</source>
        <translation>Użyj wysokiego kontrastu</translation>
    </message>
    <message>
        <source>Strong colours and a yellow mark on what is chosen, for people who find pale text hard to read.</source>
        <translation>Wyraźne kolory i żółte oznaczenie tego, co jest wybrane. Dla osób, którym trudno czytać blady tekst.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close preferences</source>
        <translation>Zamknij ustawienia</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
</context>
<context>
    <name>pb::ui::QuantityEdit</name>
    <message>
        <source>For example 10 or 7.5</source>
        <translation>Na przykład 10 albo 7.5</translation>
    </message>
</context>
<context>
    <name>pb::ui::RasExplanationPanel</name>
    <message>
        <source>Why this amount?</source>
        <translation>Skąd ta kwota?</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A numbered step of the explanation: &quot;3. 142 × £42 = £5,964 a year.&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>pb::ui::RasQuestionnaire</name>
    <message>
        <source>1 point</source>
        <translation>1 punkt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 pkt</translation>
    </message>
    <message>
        <source>Whose questions do you want to answer?</source>
        <translation>Na czyje pytania chcesz odpowiedzieć?</translation>
    </message>
    <message>
        <source>Councils work out a first estimate of your budget from your answers to their questions (a resource allocation system, or RAS). The program comes with examples that show how this works. They are not any council&apos;s real figures, so your council&apos;s own questions may give a different amount.</source>
        <translation>Samorządy obliczają pierwsze oszacowanie Twojego budżetu na podstawie odpowiedzi na swoje pytania (system przydziału środków, RAS). Program zawiera przykłady, które pokazują, jak to działa. Nie są to prawdziwe dane żadnego samorządu, więc pytania Twojego samorządu mogą dać inną kwotę.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Od: %1</translation>
    </message>
    <message>
        <source>Figures as of %1, with %2 questions</source>
        <translation>Dane na dzień %1, liczba pytań: %2</translation>
    </message>
    <message>
        <source>An example: not any council&apos;s real figures</source>
        <translation>Przykład: nie są to prawdziwe dane żadnego samorządu</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Źródło: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Continue to the questions</source>
        <translation>Przejdź do pytań</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Back to the question before</source>
        <translation>Wróć do poprzedniego pytania</translation>
    </message>
    <message>
        <source>Continue to the next question</source>
        <translation>Przejdź do następnego pytania</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Sprawdź swoje odpowiedzi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Change whose questions you answer</source>
        <translation>Zmień, na czyje pytania odpowiadasz</translation>
    </message>
    <message>
        <source>Change your answer</source>
        <translation>Zmień odpowiedź</translation>
    </message>
    <message>
        <source>This is a first estimate of your budget. The council looks at it with your plan and tells you the amount it agrees. When you&apos;re ready, go on to the next step.</source>
        <translation>To pierwsze oszacowanie Twojego budżetu. Samorząd przygląda mu się razem z Twoim planem i informuje Cię, na jaką kwotę się zgadza. Kiedy zechcesz, przejdź do następnego kroku.</translation>
    </message>
    <message>
        <source>Back to the last question</source>
        <translation>Wróć do ostatniego pytania</translation>
    </message>
    <message>
        <source>When you have chosen whose questions to answer, your budget is worked out here as you go, with the reasons for it.</source>
        <translation>Gdy wybierzesz, na czyje pytania odpowiadasz, Twój budżet będzie tu obliczany na bieżąco, razem z uzasadnieniem.</translation>
    </message>
    <message>
        <source>Choose whose questions you want to answer.</source>
        <translation>Wybierz, na czyje pytania chcesz odpowiedzieć.</translation>
    </message>
    <message>
        <source>Choose the answer that fits you best. If none fits exactly, choose the nearest one.</source>
        <translation>Wybierz odpowiedź, która najlepiej do Ciebie pasuje. Jeśli żadna nie pasuje dokładnie, wybierz najbliższą.</translation>
    </message>
    <message>
        <source>choose whose questions to answer</source>
        <translation>wybór, na czyje pytania odpowiadasz</translation>
    </message>
    <message>
        <source>answer a question about your budget</source>
        <translation>odpowiedź na pytanie o budżet</translation>
    </message>
    <message>
        <source>Some of your saved answers don&apos;t match this scheme&apos;s questions, so the amount can&apos;t be worked out. Answer the questions again and the old answers will be replaced.</source>
        <translation>Niektóre zapisane odpowiedzi nie pasują do pytań tego schematu, więc nie można obliczyć kwoty. Odpowiedz na pytania ponownie, a stare odpowiedzi zostaną zastąpione.</translation>
    </message>
    <message>
        <source>That change took your budget down by %1, from %2 to %3.</source>
        <translation>Ta zmiana obniżyła Twój budżet o %1, z %2 do %3.</translation>
    </message>
    <message>
        <source>That change put your budget up by %1, from %2 to %3.</source>
        <translation>Ta zmiana podniosła Twój budżet o %1, z %2 do %3.</translation>
    </message>
    <message>
        <source>Your answers were given to a scheme this program doesn&apos;t have (“%1”). To work your budget out here, choose a scheme and answer its questions.</source>
        <translation>Twoje odpowiedzi dotyczą schematu, którego ten program nie ma („%1”). Aby obliczyć tu budżet, wybierz schemat i odpowiedz na jego pytania.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pytanie %1 z %2</translation>
    </message>
    <message>
        <source>The council&apos;s questions</source>
        <translation>Pytania samorządu</translation>
    </message>
    <message>
        <source>The council&apos;s questions (its “%1”)</source>
        <translation>Pytania samorządu (jego „%1”)</translation>
    </message>
    <message>
        <source>Continue to check your answers</source>
        <translation>Przejdź do sprawdzenia odpowiedzi</translation>
    </message>
    <message>
        <source>To change an answer, choose Change beside it. Your budget is worked out again as soon as you do.</source>
        <translation>Aby zmienić odpowiedź, wybierz Zmień obok niej. Budżet zostanie od razu obliczony ponownie.</translation>
    </message>
    <message>
        <source>This plan is agreed, so these answers can&apos;t be changed. To change them, make a new version of the plan.</source>
        <translation>Ten plan jest uzgodniony, więc nie można zmienić tych odpowiedzi. Aby je zmienić, utwórz nową wersję planu.</translation>
    </message>
    <message>
        <source>Questions from: %1</source>
        <translation>Pytania od: %1</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Zobacz</translation>
    </message>
    <message>
        <source>See the schemes</source>
        <translation>Zobacz schematy</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Jeszcze bez odpowiedzi</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation>Zmień odpowiedź na pytanie: %1</translation>
    </message>
    <message>
        <source>See the question: %1</source>
        <translation>Zobacz pytanie: %1</translation>
    </message>
    <message>
        <source>Your budget worked out from your answers: %1</source>
        <translation>Twój budżet obliczony na podstawie odpowiedzi: %1</translation>
    </message>
    <message>
        <source>Your budget so far: %1. Answer the rest of the questions to finish working it out.</source>
        <translation>Twój budżet na razie: %1. Odpowiedz na pozostałe pytania, aby dokończyć obliczenia.</translation>
    </message>
    <message>
        <source>Your budget can&apos;t be worked out yet</source>
        <translation>Nie można jeszcze obliczyć Twojego budżetu</translation>
    </message>
    <message>
        <source>Your budget: %1</source>
        <translation>Twój budżet: %1</translation>
    </message>
    <message>
        <source>Your budget so far: %1</source>
        <translation>Twój budżet na razie: %1</translation>
    </message>
    <message>
        <source>The council calls this your “%1”.</source>
        <translation>Samorząd nazywa to Twoim „%1”.</translation>
    </message>
    <message>
        <source>The council has agreed %1, so your plan uses that amount.</source>
        <translation>Samorząd zatwierdził kwotę %1, więc Twój plan używa tej kwoty.</translation>
    </message>
</context>
<context>
    <name>pb::ui::RatingChoice</name>
    <message>
        <source>for: %1</source>
        <extracomment>read out after the answer: &quot;Better&quot;, then &quot;for: Go swimming every week&quot;</extracomment>
        <translation>dotyczy: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::ResultsChart</name>
    <message>
        <source>Chart: how outcomes have gone, by life area</source>
        <translation>Wykres: jak poszło z celami, według dziedziny życia</translation>
    </message>
    <message>
        <source>The same figures are in the table below the chart.</source>
        <translation>Te same liczby są w tabeli pod wykresem.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <extracomment>the chart&apos;s axis along the bars</extracomment>
        <translation>Cele</translation>
    </message>
</context>
<context>
    <name>pb::ui::ResultsPage</name>
    <message>
        <source>All people</source>
        <translation>Wszystkie osoby</translation>
    </message>
    <message>
        <source>Back to all people</source>
        <translation>Wróć do wszystkich osób</translation>
    </message>
    <message>
        <source>Back to the list of everyone (the caseload)</source>
        <translation>Wróć do listy wszystkich osób (podopieczni)</translation>
    </message>
    <message>
        <source>Checking the results</source>
        <translation>Sprawdzanie wyników</translation>
    </message>
    <message>
        <source>How people&apos;s lives have changed, from what they said at their reviews: for each thing that matters to them, whether it is better, the same or worse since their plan began.</source>
        <translation>Jak zmieniło się życie ludzi według tego, co powiedzieli podczas przeglądów: czy w każdej ważnej dla nich sprawie jest lepiej, tak samo czy gorzej niż na początku planu.</translation>
    </message>
    <message>
        <source>Which reviews to count</source>
        <translation>Które przeglądy liczyć</translation>
    </message>
    <message>
        <source>Only reviews from</source>
        <translation>Tylko przeglądy od</translation>
    </message>
    <message>
        <source>Only reviews between two dates</source>
        <translation>Tylko przeglądy między dwiema datami</translation>
    </message>
    <message>
        <source>First review date</source>
        <translation>Data pierwszego przeglądu</translation>
    </message>
    <message>
        <source>Last review date</source>
        <translation>Data ostatniego przeglądu</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>How the money is managed</source>
        <translation>Jak zarządza się pieniędzmi</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Dowolny sposób</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Dziedzina życia</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>Wszystkie dziedziny życia</translation>
    </message>
    <message>
        <source>Count every review, not just each person&apos;s most recent one</source>
        <translation>Licz każdy przegląd, a nie tylko najnowszy przegląd każdej osoby</translation>
    </message>
    <message>
        <source>Count every review</source>
        <translation>Licz każdy przegląd</translation>
    </message>
    <message>
        <source>How things have gone</source>
        <translation>Jak poszło</translation>
    </message>
    <message>
        <source>Summary of the results</source>
        <translation>Podsumowanie wyników</translation>
    </message>
    <message>
        <source>No outcomes have been rated in these reviews. Reviews are recorded from a person&apos;s agreed plan: open their plan and choose “Review this plan”.</source>
        <translation>W tych przeglądach nie oceniono żadnych celów. Przeglądy zapisuje się z uzgodnionego planu osoby: otwórz jej plan i wybierz „Zrób przegląd tego planu”.</translation>
    </message>
    <message>
        <source>Results by life area</source>
        <translation>Wyniki według dziedziny życia</translation>
    </message>
    <message>
        <source>Outcomes that got worse</source>
        <translation>Cele, w których jest gorzej</translation>
    </message>
    <message>
        <source>Someone should talk with each of these people about what has changed and what would help. Choose a row and open the person&apos;s plan (or double-click it).</source>
        <translation>Ktoś powinien porozmawiać z każdą z tych osób o tym, co się zmieniło i co by pomogło. Wybierz wiersz i otwórz plan osoby (albo kliknij go dwukrotnie).</translation>
    </message>
    <message>
        <source>No outcome got worse in these reviews.</source>
        <translation>W tych przeglądach w żadnym celu nie jest gorzej.</translation>
    </message>
    <message>
        <source>Open their plan</source>
        <translation>Otwórz plan tej osoby</translation>
    </message>
    <message>
        <source>Open the plan of the chosen person</source>
        <translation>Otwórz plan wybranej osoby</translation>
    </message>
    <message>
        <source>What people said</source>
        <translation>Co mówili ludzie</translation>
    </message>
    <message>
        <source>Tag what people said with themes, like “transport” or “staff keep changing”, to see what comes up most often (Working Together for Change).</source>
        <translation>Przypisz tematy do tego, co mówili ludzie, na przykład „transport” albo „ciągle zmienia się personel”, aby zobaczyć, co pojawia się najczęściej (Working Together for Change).</translation>
    </message>
    <message>
        <source>No comments have been tagged with themes yet.</source>
        <translation>Żadnym komentarzom nie przypisano jeszcze tematów.</translation>
    </message>
    <message>
        <source>Themes, most common first</source>
        <translation>Tematy, od najczęstszych</translation>
    </message>
    <message>
        <source>Comments to tag</source>
        <translation>Komentarze do oznaczenia</translation>
    </message>
    <message>
        <source>What people said in their reviews</source>
        <translation>Co ludzie mówili podczas przeglądów</translation>
    </message>
    <message>
        <source>Themes of the chosen comment</source>
        <translation>Tematy wybranego komentarza</translation>
    </message>
    <message>
        <source>Separate themes with commas, for example: transport, staff keep changing. Press Enter to save.</source>
        <translation>Oddziel tematy przecinkami, na przykład: transport, ciągle zmienia się personel. Naciśnij Enter, aby zapisać.</translation>
    </message>
    <message>
        <source>Save or print the report</source>
        <translation>Zapisz lub wydrukuj raport</translation>
    </message>
    <message>
        <source>Save as a spreadsheet (CSV)…</source>
        <translation>Zapisz jako arkusz kalkulacyjny (CSV)…</translation>
    </message>
    <message>
        <source>Save a table of the report as a spreadsheet (CSV)</source>
        <translation>Zapisz tabelę z raportu jako arkusz kalkulacyjny (CSV)</translation>
    </message>
    <message>
        <source>Save results by life area</source>
        <translation>Zapisz wyniki według dziedziny życia</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>Arkusze kalkulacyjne (*.csv)</translation>
    </message>
    <message>
        <source>Save outcomes that got worse</source>
        <translation>Zapisz cele, w których jest gorzej</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Save themes</source>
        <translation>Zapisz tematy</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Zapisz raport jako PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Wydrukuj raport</translation>
    </message>
    <message>
        <source>Open a caseload file to see its results.</source>
        <translation>Otwórz plik listy osób, aby zobaczyć jego wyniki.</translation>
    </message>
    <message>
        <source>People counted: %1. Reviews counted: %2.</source>
        <extracomment>%1 people, %2 reviews: &quot;12 people, 15 reviews.&quot;</extracomment>
        <translation>Liczba osób: %1. Liczba przeglądów: %2.</translation>
    </message>
    <message>
        <source>Choose a comment in the table to tag it.</source>
        <translation>Wybierz komentarz w tabeli, aby przypisać mu tematy.</translation>
    </message>
    <message>
        <source>%1, %2: “%3”</source>
        <extracomment>the comment being tagged: &quot;Ann Ames, What is working: “My PA”&quot;</extracomment>
        <translation>%1, %2: „%3”</translation>
    </message>
    <message>
        <source>The table was saved as %1.</source>
        <translation>Tabelę zapisano jako %1.</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Raport zapisano jako %1.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Zapisz raport jako PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>pb::ui::ResultsTableModel</name>
    <message>
        <source>All life areas</source>
        <translation>Wszystkie dziedziny życia</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>a table cell read out: &quot;Things I do, Better: 3&quot;</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Dziedzina życia</translation>
    </message>
    <message>
        <source>Outcomes rated</source>
        <translation>Ocenione cele</translation>
    </message>
</context>
<context>
    <name>pb::ui::ReviewCommentsModel</name>
    <message>
        <source>About: %1</source>
        <extracomment>which question a comment answers: &quot;About: See my friends&quot;</extracomment>
        <translation>Dotyczy: %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Jeszcze brak</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Co powiedziano</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
</context>
<context>
    <name>pb::ui::ReviewPage</name>
    <message>
        <source>Back to the plan</source>
        <translation>Wróć do planu</translation>
    </message>
    <message>
        <source>Back to the steps of the plan (Alt+B)</source>
        <translation>Wróć do kroków planu (Alt+B)</translation>
    </message>
    <message>
        <source>Review my plan</source>
        <translation>Zrób przegląd mojego planu</translation>
    </message>
    <message>
        <source>A review looks back at an agreed plan. This version of the plan is not agreed yet, so there is nothing to review: go back to the plan to finish and agree it.</source>
        <translation>Przegląd dotyczy uzgodnionego planu. Ta wersja planu nie jest jeszcze uzgodniona, więc nie ma czego przeglądać: wróć do planu, aby go dokończyć i uzgodnić.</translation>
    </message>
    <message>
        <source>Start a new review</source>
        <translation>Zacznij nowy przegląd</translation>
    </message>
    <message>
        <source>About this review</source>
        <translation>O tym przeglądzie</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>Data przeglądu</translation>
    </message>
    <message>
        <source>change the date of the review</source>
        <translation>zmiana daty przeglądu</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Kto brał udział</translation>
    </message>
    <message>
        <source>For example: Aisha Khan, her brother Sam and Kim Lee (support planner)</source>
        <translation>Na przykład: Aisha Khan, jej brat Sam i Kim Lee (osoba planująca wsparcie)</translation>
    </message>
    <message>
        <source>change who took part</source>
        <translation>zmiana osób biorących udział</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <source>For each thing that matters to you, say whether life is better, the same or worse since your plan began, or has not changed yet.</source>
        <translation>Przy każdej ważnej dla Ciebie sprawie powiedz, czy od początku planu jest lepiej, tak samo czy gorzej, albo czy jeszcze nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>How things are going</source>
        <translation>Jak idą sprawy</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Co działa</translation>
    </message>
    <message>
        <source>What is going well, and what you want to keep.</source>
        <translation>Co idzie dobrze i co chcesz zachować.</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Co nie działa</translation>
    </message>
    <message>
        <source>What is hard, or not happening the way it should.</source>
        <translation>Co jest trudne albo nie dzieje się tak, jak powinno.</translation>
    </message>
    <message>
        <source>What is important for the future</source>
        <translation>Co jest ważne na przyszłość</translation>
    </message>
    <message>
        <source>What you would like to happen next.</source>
        <translation>Co chcesz, żeby stało się dalej.</translation>
    </message>
    <message>
        <source>How happy I am with my support</source>
        <translation>Jak bardzo jestem zadowolony ze swojego wsparcia</translation>
    </message>
    <message>
        <source>say how happy you are</source>
        <translation>ocena zadowolenia</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Co postanowiono</translation>
    </message>
    <message>
        <source>Date of the next review</source>
        <translation>Data następnego przeglądu</translation>
    </message>
    <message>
        <source>We suggest a year after this review. Plans are looked at again at least once a year.</source>
        <translation>Proponujemy rok po tym przeglądzie. Plany są sprawdzane co najmniej raz w roku.</translation>
    </message>
    <message>
        <source>Your next review will be on %1.</source>
        <translation>Twój następny przegląd będzie %1.</translation>
    </message>
    <message>
        <source>change the date of the next review</source>
        <translation>zmiana daty następnego przeglądu</translation>
    </message>
    <message>
        <source>Keep my plan</source>
        <translation>Zostaw mój plan</translation>
    </message>
    <message>
        <source>Keep my plan as it is</source>
        <translation>Zostaw mój plan bez zmian</translation>
    </message>
    <message>
        <source>Keep my plan: your plan stays as it is, and is looked at again on the date above.</source>
        <translation>Zostaw mój plan: plan pozostaje bez zmian i zostanie ponownie sprawdzony w dniu podanym powyżej.</translation>
    </message>
    <message>
        <source>Change my plan</source>
        <translation>Zmień mój plan</translation>
    </message>
    <message>
        <source>Change my plan: make a new version from this one</source>
        <translation>Zmień mój plan: utwórz z niego nową wersję</translation>
    </message>
    <message>
        <source>Change my plan: a new version of your plan is made from this one, for you to change what is not working. This review is kept with the version it looked at.</source>
        <translation>Zmień mój plan: z tego planu powstanie nowa wersja, w której zmienisz to, co nie działa. Ten przegląd zostanie zachowany razem z wersją, której dotyczył.</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Na papierze</translation>
    </message>
    <message>
        <source>Print an easy-read form with pictures to fill in by hand, or print or save this review.</source>
        <translation>Wydrukuj formularz łatwy do czytania z obrazkami do wypełnienia ręcznie albo wydrukuj lub zapisz ten przegląd.</translation>
    </message>
    <message>
        <source>Print the easy-read form…</source>
        <translation>Drukuj formularz łatwy do czytania…</translation>
    </message>
    <message>
        <source>Print an easy-read review form to fill in by hand</source>
        <translation>Wydrukuj formularz przeglądu łatwy do czytania do wypełnienia ręcznie</translation>
    </message>
    <message>
        <source>Print this review…</source>
        <translation>Drukuj ten przegląd…</translation>
    </message>
    <message>
        <source>Print this review</source>
        <translation>Wydrukuj ten przegląd</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save this review as a PDF</source>
        <translation>Zapisz ten przegląd jako PDF</translation>
    </message>
    <message>
        <source>Save easy-read PDF…</source>
        <translation>Zapisz PDF łatwy do czytania…</translation>
    </message>
    <message>
        <source>Save this review in easy-read as a PDF</source>
        <translation>Zapisz ten przegląd w wersji łatwej do czytania jako PDF</translation>
    </message>
    <message>
        <source>Easy-read review - %1</source>
        <extracomment>the file name offered for a saved review: &quot;Review - Jo Bloggs.pdf&quot;</extracomment>
        <translation>Przegląd łatwy do czytania - %1</translation>
    </message>
    <message>
        <source>Review - %1</source>
        <translation>Przegląd - %1</translation>
    </message>
    <message>
        <source>Save this review as PDF</source>
        <translation>Zapisz ten przegląd jako PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>change: %1</source>
        <translation>zmiana: %1</translation>
    </message>
    <message>
        <source>say how it has gone</source>
        <translation>ocena, jak poszło</translation>
    </message>
    <message>
        <source>change what you said</source>
        <translation>zmiana tego, co powiedziano</translation>
    </message>
    <message>
        <source>keep the plan</source>
        <translation>pozostawienie planu bez zmian</translation>
    </message>
    <message>
        <source>Look back at version %1 of your plan, agreed on %2. Your answers are saved as you give them.</source>
        <translation>Spójrz wstecz na wersję %1 swojego planu, uzgodnioną %2. Odpowiedzi są zapisywane na bieżąco.</translation>
    </message>
    <message>
        <source>This is the first review of this version.</source>
        <translation>To pierwszy przegląd tej wersji.</translation>
    </message>
    <message>
        <source>This is a new review. Earlier reviews of this version: %1.</source>
        <translation>To nowy przegląd. Wcześniejsze przeglądy tej wersji: %1.</translation>
    </message>
    <message>
        <source>It was due on %1.</source>
        <extracomment>%1 a date: &quot;It was due on 12 August 2026.&quot;</extracomment>
        <translation>Termin przeglądu: %1.</translation>
    </message>
    <message>
        <source>This review was started on %1 and is not finished yet.</source>
        <translation>Ten przegląd rozpoczęto %1 i nie jest jeszcze ukończony.</translation>
    </message>
    <message>
        <source>You decided to keep your plan as it is. Your next review is on %1. If things change, you can still change your plan below.</source>
        <translation>Postanowiono zostawić plan bez zmian. Następny przegląd będzie %1. Jeśli coś się zmieni, nadal możesz zmienić plan poniżej.</translation>
    </message>
</context>
<context>
    <name>pb::ui::RouteSplitModel</name>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>How it is paid</source>
        <translation>Sposób płatności</translation>
    </message>
    <message>
        <source>Amount a year</source>
        <translation>Kwota rocznie</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
</context>
<context>
    <name>pb::ui::RunningTotal</name>
    <message>
        <source>Share of the budget planned</source>
        <translation>Zaplanowana część budżetu</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Bieżąca suma</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budżet: %1</translation>
    </message>
    <message>
        <source>Budget: not set yet</source>
        <translation>Budżet: jeszcze nie ustalono</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Zaplanowano: %1</translation>
    </message>
    <message>
        <source>Add your budget to see what is left</source>
        <translation>Dodaj budżet, aby zobaczyć, ile zostaje</translation>
    </message>
    <message>
        <source>%1 more than your budget</source>
        <translation>%1 więcej niż Twój budżet</translation>
    </message>
    <message>
        <source>Left over: %1</source>
        <translation>Zostaje: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::SpendingPage</name>
    <message>
        <source>Keep track of the money</source>
        <translation>Pilnuj pieniędzy</translation>
    </message>
    <message>
        <source>Record what is paid from the budget, or bring in a statement from the bank or card. You can see how the spending compares with the plan.</source>
        <translation>Zapisuj, co jest płacone z budżetu, albo wczytaj wyciąg z banku lub karty. Możesz zobaczyć, jak wydatki wyglądają w porównaniu z planem.</translation>
    </message>
    <message>
        <source>How the money is going</source>
        <translation>Jak idą pieniądze</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>&amp;Warn me when the account holds more than this many weeks of the budget</source>
        <translation>&amp;Ostrzegaj mnie, gdy na koncie jest więcej niż budżet na tyle tygodni</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> tyg.</translation>
    </message>
    <message>
        <source>Weeks of budget before a warning</source>
        <translation>Liczba tygodni budżetu przed ostrzeżeniem</translation>
    </message>
    <message>
        <source>Councils set their own limit, often 8 weeks. Ask yours if you are not sure. This is kept with the data, for everyone in it.</source>
        <translation>Samorządy ustalają własny limit, często 8 tygodni. Zapytaj swój samorząd, jeśli nie masz pewności. To ustawienie jest zapisywane z danymi i dotyczy wszystkich osób.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <source>Add a payment</source>
        <translation>Dodaj płatność</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Change the chosen payment</source>
        <translation>Zmień wybraną płatność</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the chosen payment</source>
        <translation>Usuń wybraną płatność</translation>
    </message>
    <message>
        <source>Takes it out. Undo (Ctrl+Z) puts it back.</source>
        <translation>Usuwa ją. Cofnij (Ctrl+Z) ją przywraca.</translation>
    </message>
    <message>
        <source>Import a statement…</source>
        <translation>Importuj wyciąg…</translation>
    </message>
    <message>
        <source>Import a statement from the bank or card</source>
        <translation>Importuj wyciąg z banku lub karty</translation>
    </message>
    <message>
        <source>Bring in the payments of a statement saved as a CSV file</source>
        <translation>Wczytaj płatności z wyciągu zapisanego jako plik CSV</translation>
    </message>
    <message>
        <source>No payments yet. Add the payments you make and the money paid in, or import a statement from the bank or card.</source>
        <translation>Brak płatności. Dodaj płatności, które robisz, i wpłaty albo zaimportuj wyciąg z banku lub karty.</translation>
    </message>
    <message>
        <source>The newest first. Enter or double-click changes the chosen payment; Delete removes it.</source>
        <translation>Najnowsze na górze. Enter lub dwukrotne kliknięcie zmienia wybraną płatność; Delete ją usuwa.</translation>
    </message>
    <message>
        <source>Spent against the plan</source>
        <translation>Wydatki w porównaniu z planem</translation>
    </message>
    <message>
        <source>Month by month with your provider (Individual Service Fund)</source>
        <translation>Miesiąc po miesiącu z usługodawcą (Indywidualny Fundusz Usług)</translation>
    </message>
    <message>
        <source>Your provider holds the money. Each month has its share of the budget; what isn&apos;t spent rolls over to the next month.</source>
        <translation>Pieniądze przechowuje Twój usługodawca. Każdy miesiąc ma swoją część budżetu; to, czego nie wydano, przechodzi na następny miesiąc.</translation>
    </message>
    <message>
        <source>Month by month with your provider</source>
        <translation>Miesiąc po miesiącu z usługodawcą</translation>
    </message>
    <message>
        <source>Direct payment return</source>
        <translation>Rozliczenie płatności bezpośredniej</translation>
    </message>
    <message>
        <source>Many councils ask for an account of the money every few months: the money paid in, the money paid out by kind of support, and what is left. Make one for any period and save it as a spreadsheet or a PDF.</source>
        <translation>Wiele samorządów co kilka miesięcy prosi o rozliczenie pieniędzy: wpłaty, wydatki według rodzaju wsparcia i to, co zostało. Możesz przygotować je za dowolny okres i zapisać jako arkusz kalkulacyjny albo PDF.</translation>
    </message>
    <message>
        <source>Make a direct payment return…</source>
        <translation>Przygotuj rozliczenie płatności bezpośredniej…</translation>
    </message>
    <message>
        <source>Make a direct payment return</source>
        <translation>Przygotuj rozliczenie płatności bezpośredniej</translation>
    </message>
    <message>
        <source>Measured against version %1 of the plan, agreed on %2. This plan year runs from %3 to %4.</source>
        <translation>W porównaniu z wersją %1 planu, uzgodnioną %2. Ten rok planu trwa od %3 do %4.</translation>
    </message>
    <message>
        <source>Money your provider holds for you this month: %1.</source>
        <translation>Pieniądze, które usługodawca przechowuje dla Ciebie w tym miesiącu: %1.</translation>
    </message>
    <message>
        <source>Add what your provider has spent for you to see how much they still hold.</source>
        <translation>Dodaj, co usługodawca wydał za Ciebie, aby zobaczyć, ile jeszcze przechowuje.</translation>
    </message>
    <message>
        <source>Money in the account today: %1 (the money paid in, less the money paid out).</source>
        <translation>Pieniądze na koncie dzisiaj: %1 (wpłaty minus wydatki).</translation>
    </message>
    <message>
        <source>Add the money paid into the account (for example by the council) to see how much is in it.</source>
        <translation>Dodaj pieniądze wpłacone na konto (na przykład przez samorząd), aby zobaczyć, ile na nim jest.</translation>
    </message>
    <message>
        <source>This month is %1. The plan year starts on %2.</source>
        <translation>Ten miesiąc to %1. Rok planu zaczyna się %2.</translation>
    </message>
    <message>
        <source>This month is %1. So far this plan year means %2 to %3.</source>
        <translation>Ten miesiąc to %1. Do tej pory ten rok planu obejmuje okres od %2 do %3.</translation>
    </message>
    <message>
        <source>The newest %1 of %2 payments.</source>
        <translation>Najnowsze płatności: %1 z %2.</translation>
    </message>
    <message>
        <source>Show all %1 payments</source>
        <translation>Pokaż wszystkie płatności (%1)</translation>
    </message>
    <message>
        <source>Show only the newest %1</source>
        <translation>Pokaż tylko najnowsze (%1)</translation>
    </message>
    <message>
        <source>remove a payment</source>
        <translation>usunięcie płatności</translation>
    </message>
    <message>
        <source>Removed the payment of %1 on %2. To put it back, choose Undo (Ctrl+Z).</source>
        <translation>Usunięto płatność %1 z dnia %2. Aby ją przywrócić, wybierz Cofnij (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Choose a statement</source>
        <translation>Wybierz wyciąg</translation>
    </message>
    <message>
        <source>Statements saved as CSV (*.csv *.CSV *.txt);;All files (*)</source>
        <translation>Wyciągi zapisane jako CSV (*.csv *.CSV *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Imported 1 payment. To take it out again, choose Undo (Ctrl+Z).</source>
        <translation>Zaimportowano 1 płatność. Aby ją usunąć, wybierz Cofnij (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Imported %1 payments. To take them all out again, choose Undo (Ctrl+Z).</source>
        <translation>Zaimportowane płatności: %1. Aby usunąć je wszystkie, wybierz Cofnij (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>pb::ui::SpendingSession</name>
    <message>
        <source>There is no agreed plan to keep track of yet. Agree the plan first, then record what is spent.</source>
        <translation>Nie ma jeszcze uzgodnionego planu, którego pieniędzy można pilnować. Najpierw uzgodnij plan, a potem zapisuj wydatki.</translation>
    </message>
</context>
<context>
    <name>pb::ui::SpendingWindow</name>
    <message>
        <source>Back to my plan</source>
        <translation>Wróć do mojego planu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Keep track of the money</source>
        <translation>Pilnuj pieniędzy</translation>
    </message>
    <message>
        <source>Keep track of the money – %1</source>
        <translation>Pilnuj pieniędzy – %1</translation>
    </message>
    <message>
        <source>Back to my plan (closes this window)</source>
        <translation>Wróć do mojego planu (zamyka to okno)</translation>
    </message>
    <message>
        <source>Close this window and go back to the plan (Ctrl+W)</source>
        <translation>Zamknij to okno i wróć do planu (Ctrl+W)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <extracomment>%1 what would be undone, e.g. &quot;Undo add a payment&quot;</extracomment>
        <translation>Cofnij: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ponów: %1</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
</context>
<context>
    <name>pb::ui::SpentAgainstPlannedModel</name>
    <message>
        <source>Support</source>
        <translation>Wsparcie</translation>
    </message>
    <message>
        <source>Planned this month</source>
        <translation>Zaplanowano w tym miesiącu</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Wydano w tym miesiącu</translation>
    </message>
    <message>
        <source>Planned so far this year</source>
        <translation>Zaplanowano od początku roku</translation>
    </message>
    <message>
        <source>Spent so far this year</source>
        <translation>Wydano od początku roku</translation>
    </message>
</context>
<context>
    <name>pb::ui::StatementImportDialog</name>
    <message>
        <source>Import a statement</source>
        <translation>Importuj wyciąg</translation>
    </message>
    <message>
        <source>Bring in payments from a statement</source>
        <translation>Wczytaj płatności z wyciągu</translation>
    </message>
    <message>
        <source>Say which column of the statement holds what, and check the payments below. Nothing is saved until you choose Import.</source>
        <translation>Wskaż, co zawiera każda kolumna wyciągu, i sprawdź płatności poniżej. Nic nie zostanie zapisane, dopóki nie wybierzesz Importuj.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Wybierz inny plik…</translation>
    </message>
    <message>
        <source>Choose another statement file</source>
        <translation>Wybierz inny plik wyciągu</translation>
    </message>
    <message>
        <source>The payments in the statement</source>
        <translation>Płatności z wyciągu</translation>
    </message>
    <message>
        <source>Rows that look like duplicates can be ticked to import them as well.</source>
        <translation>Wiersze, które wyglądają na powtórzenia, możesz zaznaczyć, aby też je zaimportować.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation>Anuluj: niczego nie importuj</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Co zawiera każda kolumna</translation>
    </message>
    <message>
        <source>The first row holds the names of the columns</source>
        <translation>Pierwszy wiersz zawiera nazwy kolumn</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Column with the date</source>
        <translation>Kolumna z datą</translation>
    </message>
    <message>
        <source>&amp;What it was for</source>
        <translation>&amp;Na co była płatność</translation>
    </message>
    <message>
        <source>Column with what the payment was for</source>
        <translation>Kolumna z opisem, na co była płatność</translation>
    </message>
    <message>
        <source>W&amp;ho was paid (if it has a column of its own)</source>
        <translation>&amp;Komu zapłacono (jeśli ma własną kolumnę)</translation>
    </message>
    <message>
        <source>Column with who was paid</source>
        <translation>Kolumna z tym, komu zapłacono</translation>
    </message>
    <message>
        <source>In one column: money going out has a minus, like -12.50 (most banks)</source>
        <translation>W jednej kolumnie: wydatki mają minus, na przykład -12.50 (większość banków)</translation>
    </message>
    <message>
        <source>In one column: spending has no minus, money in has one (some prepaid cards)</source>
        <translation>W jednej kolumnie: wydatki nie mają minusa, a wpływy mają (niektóre karty przedpłacone)</translation>
    </message>
    <message>
        <source>In two columns: one for money out, one for money in</source>
        <translation>W dwóch kolumnach: jedna na wydatki, druga na wpływy</translation>
    </message>
    <message>
        <source>How the statement shows the money</source>
        <translation>Jak wyciąg pokazuje pieniądze</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>Kwo&amp;ta</translation>
    </message>
    <message>
        <source>Column with the amount</source>
        <translation>Kolumna z kwotą</translation>
    </message>
    <message>
        <source>Money &amp;out</source>
        <translation>&amp;Wydatki</translation>
    </message>
    <message>
        <source>Column with money out</source>
        <translation>Kolumna z wydatkami</translation>
    </message>
    <message>
        <source>Money &amp;in</source>
        <translation>W&amp;pływy</translation>
    </message>
    <message>
        <source>Column with money in</source>
        <translation>Kolumna z wpływami</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Plik: %1</translation>
    </message>
    <message>
        <source>File: %1 (text read as %2)</source>
        <extracomment>%2 how the file&apos;s text was encoded, e.g. &quot;Windows-1252&quot;</extracomment>
        <translation>Plik: %1 (tekst odczytany jako %2)</translation>
    </message>
    <message>
        <source>Choose a statement</source>
        <translation>Wybierz wyciąg</translation>
    </message>
    <message>
        <source>Statements saved as CSV (*.csv *.CSV *.txt);;All files (*)</source>
        <translation>Wyciągi zapisane jako CSV (*.csv *.CSV *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <extracomment>a column of a statement: &quot;Column 2: Description&quot;</extracomment>
        <translation>Kolumna %1: %2</translation>
    </message>
    <message>
        <source>Column %1 (like %2)</source>
        <extracomment>a column of a statement with its first value: &quot;Column 2 (like TESCO STORES)&quot;</extracomment>
        <translation>Kolumna %1 (na przykład %2)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumna %1</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>Wybierz kolumnę</translation>
    </message>
    <message>
        <source>Not in this statement</source>
        <translation>Nie ma w tym wyciągu</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>Z tego pliku nie można niczego zaimportować.</translation>
    </message>
    <message>
        <source>Choose the columns above to see the payments.</source>
        <translation>Wybierz kolumny powyżej, aby zobaczyć płatności.</translation>
    </message>
    <message>
        <source>There are no payments to import.</source>
        <translation>Nie ma płatności do zaimportowania.</translation>
    </message>
    <message>
        <source>1 payment will be imported.</source>
        <translation>Zostanie zaimportowana 1 płatność.</translation>
    </message>
    <message>
        <source>%1 payments will be imported.</source>
        <translation>Płatności do zaimportowania: %1.</translation>
    </message>
    <message>
        <source>1 row can&apos;t be read and will be left out; the reason is beside it.</source>
        <translation>Nie można odczytać 1 wiersza, więc zostanie pominięty; powód jest podany obok.</translation>
    </message>
    <message>
        <source>%1 rows can&apos;t be read and will be left out; the reason is beside each.</source>
        <translation>Nie można odczytać wierszy: %1. Zostaną pominięte; powód jest podany obok każdego.</translation>
    </message>
    <message>
        <source>1 row looks like a payment already listed and is left out. Tick it to import it as well.</source>
        <translation>1 wiersz wygląda jak płatność, która już jest na liście, więc został pominięty. Zaznacz go, aby też go zaimportować.</translation>
    </message>
    <message>
        <source>%1 rows look like payments already listed and are left out. Tick them to import them as well.</source>
        <translation>Wiersze, które wyglądają jak płatności już na liście: %1. Zostały pominięte. Zaznacz je, aby też je zaimportować.</translation>
    </message>
    <message>
        <source>Import 1 payment</source>
        <translation>Importuj 1 płatność</translation>
    </message>
    <message>
        <source>Import %1 payments</source>
        <translation>Importuj płatności (%1)</translation>
    </message>
    <message>
        <source>import a statement</source>
        <translation>import wyciągu</translation>
    </message>
    <message>
        <source>The payments couldn&apos;t be saved, so nothing was imported.</source>
        <translation>Nie udało się zapisać płatności, więc niczego nie zaimportowano.</translation>
    </message>
</context>
<context>
    <name>pb::ui::StatementPreviewModel</name>
    <message>
        <source>Will be imported</source>
        <translation>Zostanie zaimportowane</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Can&apos;t be read: %1</source>
        <translation>Nie można odczytać: %1</translation>
    </message>
    <message>
        <source>Will be imported (you ticked it)</source>
        <translation>Zostanie zaimportowane (zaznaczono)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Wpływy</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Co się stanie</translation>
    </message>
</context>
<context>
    <name>pb::ui::SummarySection</name>
    <message>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>See details</source>
        <translation>Zobacz szczegóły</translation>
    </message>
    <message>
        <source>Change %1</source>
        <extracomment>%1 is a part of the plan, e.g. &quot;My budget&quot;</extracomment>
        <translation>Zmień: %1</translation>
    </message>
    <message>
        <source>See details of %1</source>
        <translation>Zobacz szczegóły: %1</translation>
    </message>
    <message>
        <source>Go to the step where you can change this</source>
        <translation>Przejdź do kroku, w którym możesz to zmienić</translation>
    </message>
    <message>
        <source>Go to the step where this is</source>
        <translation>Przejdź do kroku, w którym to jest</translation>
    </message>
</context>
<context>
    <name>pb::ui::SupportItemDialog</name>
    <message>
        <source>Add support</source>
        <translation>Dodaj wsparcie</translation>
    </message>
    <message>
        <source>Change support</source>
        <translation>Zmień wsparcie</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Zmień „%1”</translation>
    </message>
    <message>
        <source>Notes (if you want to add anything)</source>
        <translation>Uwagi (jeśli chcesz coś dodać)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Questions about this support</source>
        <translation>Pytania o to wsparcie</translation>
    </message>
    <message>
        <source>Add this support</source>
        <translation>Dodaj to wsparcie</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Co to jest?</translation>
    </message>
    <message>
        <source>In your own words, for example “Swimming with Sam” or “Help to get up in the morning”</source>
        <translation>Własnymi słowami, na przykład „Basen z Samem” albo „Pomoc przy wstawaniu rano”</translation>
    </message>
    <message>
        <source>What kind of support is it?</source>
        <translation>Jaki to rodzaj wsparcia?</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Wybierz jeden</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>Ile to kosztuje</translation>
    </message>
    <message>
        <source>Help from family, friends or your community costs nothing. It is still worth listing, so everyone knows who helps.</source>
        <translation>Pomoc rodziny, przyjaciół albo społeczności nic nie kosztuje. Warto ją jednak wpisać, aby wszyscy wiedzieli, kto pomaga.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <source>Include the true cost of employing them (holiday, National Insurance, pension, insurance, payroll)</source>
        <translation>Uwzględnij rzeczywisty koszt zatrudnienia (urlop, National Insurance, emerytura, ubezpieczenie, obsługa płac)</translation>
    </message>
    <message>
        <source>Untick this only if your assistant is self-employed or employed by someone else, so you pay their hourly rate and nothing more.</source>
        <translation>Odznacz to tylko wtedy, gdy asystent jest samozatrudniony albo zatrudniony przez kogoś innego, więc płacisz tylko jego stawkę godzinową.</translation>
    </message>
    <message>
        <source>Work out what a personal assistant costs…</source>
        <translation>Oblicz, ile kosztuje asystent osobisty…</translation>
    </message>
    <message>
        <source>Work out what a personal assistant costs</source>
        <translation>Oblicz, ile kosztuje asystent osobisty</translation>
    </message>
    <message>
        <source>How it is paid for</source>
        <translation>Jak jest opłacane</translation>
    </message>
    <message>
        <source>Who pays for it?</source>
        <translation>Kto za to płaci?</translation>
    </message>
    <message>
        <source>Your plan uses a mix of ways to manage the money, so say which one pays for this.</source>
        <translation>Twój plan łączy kilka sposobów zarządzania pieniędzmi, więc wskaż, który z nich za to płaci.</translation>
    </message>
    <message>
        <source>Paid by: %1. You chose this under “How my money is managed”.</source>
        <translation>Sposób płatności: %1. Wybrano go w części „Jak zarządza się moimi pieniędzmi”.</translation>
    </message>
    <message>
        <source>Which part of the budget pays for it?</source>
        <translation>Która część budżetu za to płaci?</translation>
    </message>
    <message>
        <source>Your budget comes from more than one place (funding streams).</source>
        <translation>Twój budżet pochodzi z więcej niż jednego miejsca (źródła finansowania).</translation>
    </message>
    <message>
        <source>What it helps with</source>
        <translation>W czym pomaga</translation>
    </message>
    <message>
        <source>Your plan doesn&apos;t say what matters to you yet. After you add that under “What matters to me”, you can say here what this support helps with.</source>
        <translation>Twój plan nie mówi jeszcze, co jest dla Ciebie ważne. Gdy dodasz to w części „Co jest dla mnie ważne”, możesz tu wskazać, w czym pomaga to wsparcie.</translation>
    </message>
    <message>
        <source>Tick the things that matter to you that this helps with.</source>
        <translation>Zaznacz ważne dla Ciebie sprawy, w których to pomaga.</translation>
    </message>
    <message>
        <source>Paying a relative</source>
        <translation>Płacenie krewnemu</translation>
    </message>
    <message>
        <source>A close relative who lives with me is paid for this</source>
        <translation>Za to wsparcie dostaje pieniądze bliski krewny, który ze mną mieszka</translation>
    </message>
    <message>
        <source>Money paid to you (a direct payment) can pay a close relative who lives with you only if the council agrees it is necessary. Ask the council first, and tick the box below when they have agreed.</source>
        <translation>Z pieniędzy wypłacanych Tobie (płatności bezpośredniej) można płacić bliskiemu krewnemu, który z Tobą mieszka, tylko wtedy, gdy samorząd uzna, że jest to konieczne. Najpierw zapytaj samorząd, a gdy się zgodzi, zaznacz pole poniżej.</translation>
    </message>
    <message>
        <source>The council has agreed</source>
        <translation>Samorząd się zgodził</translation>
    </message>
    <message>
        <source>Personal assistant</source>
        <translation>Asystent osobisty</translation>
    </message>
    <message>
        <source>Support details</source>
        <translation>Szczegóły wsparcia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Your assistant&apos;s name</source>
        <translation>Imię i nazwisko asystenta</translation>
    </message>
    <message>
        <source>Support from the same assistant is costed as one job.</source>
        <translation>Wsparcie od tego samego asystenta jest liczone jako jedna praca.</translation>
    </message>
    <message>
        <source>Who helps?</source>
        <translation>Kto pomaga?</translation>
    </message>
    <message>
        <source>For example Mum, a neighbour or a local group</source>
        <translation>Na przykład mama, sąsiad albo lokalna grupa</translation>
    </message>
    <message>
        <source>Who gives it?</source>
        <translation>Kto je daje?</translation>
    </message>
    <message>
        <source>A name, an agency, a club or a shop</source>
        <translation>Imię i nazwisko, agencja, klub albo sklep</translation>
    </message>
    <message>
        <source>Pay an hour (hourly wage), in pounds</source>
        <translation>Stawka za godzinę (stawka godzinowa), w funtach</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>You can use part hours, like 7.5</source>
        <translation>Możesz wpisać część godziny, na przykład 7.5</translation>
    </message>
    <message>
        <source>Price for each one, in pounds</source>
        <translation>Cena za jedną sztukę, w funtach</translation>
    </message>
    <message>
        <source>For example the price of one hour, one session or one ticket</source>
        <translation>Na przykład cena jednej godziny, jednych zajęć albo jednego biletu</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Ile</translation>
    </message>
    <message>
        <source>For example the number of hours, sessions or tickets. You can use part of one, like 7.5</source>
        <translation>Na przykład liczba godzin, zajęć albo biletów. Możesz wpisać część, na przykład 7.5</translation>
    </message>
    <message>
        <source>Fill in the pay an hour and the hours to see what this costs.</source>
        <translation>Wpisz stawkę za godzinę i liczbę godzin, aby zobaczyć koszt.</translation>
    </message>
    <message>
        <source>Fill in the price and how many to see what this costs.</source>
        <translation>Wpisz cenę i ilość, aby zobaczyć koszt.</translation>
    </message>
    <message>
        <source>Fill in the pay an hour and the hours to see the cost of employing them.</source>
        <translation>Wpisz stawkę za godzinę i liczbę godzin, aby zobaczyć koszt zatrudnienia.</translation>
    </message>
    <message>
        <source>This support costs nothing.</source>
        <translation>To wsparcie nic nie kosztuje.</translation>
    </message>
    <message>
        <source>This costs %1 once, counted in the plan year.</source>
        <translation>To kosztuje jednorazowo %1, liczone w roku planu.</translation>
    </message>
    <message>
        <source>This costs %1 a week, %2 a year, with the costs of employing them.</source>
        <translation>To kosztuje %1 tygodniowo, %2 rocznie, razem z kosztami zatrudnienia.</translation>
    </message>
    <message>
        <source>This costs %1 a week, %2 a year.</source>
        <translation>To kosztuje %1 tygodniowo, %2 rocznie.</translation>
    </message>
    <message>
        <source>%1 also gives other support in your plan, so the cost of employing them is worked out for all of it together. This support&apos;s share is %2.</source>
        <translation>%1 daje też inne wsparcie w Twoim planie, więc koszt zatrudnienia jest liczony dla całości razem. Część przypadająca na to wsparcie to %2.</translation>
    </message>
    <message>
        <source>Say what the support is, for example “Swimming with Sam” or “Help to get up”</source>
        <translation>Napisz, czym jest to wsparcie, na przykład „Basen z Samem” albo „Pomoc przy wstawaniu”</translation>
    </message>
    <message>
        <source>Choose what kind of support it is</source>
        <translation>Wybierz rodzaj wsparcia</translation>
    </message>
    <message>
        <source>Enter the pay an hour, like 12.71</source>
        <translation>Wpisz stawkę za godzinę, na przykład 12.71</translation>
    </message>
    <message>
        <source>Enter the price, like 12.71 or 50. If you don&apos;t know it yet, enter 0</source>
        <translation>Wpisz cenę, na przykład 12.71 albo 50. Jeśli jej jeszcze nie znasz, wpisz 0</translation>
    </message>
    <message numerus="yes">
        <source>There are %n things to put right:</source>
        <translation>
            <numerusform>Jest %n rzecz do poprawienia:</numerusform>
            <numerusform>Są %n rzeczy do poprawienia:</numerusform>
            <numerusform>Jest %n rzeczy do poprawienia:</numerusform>
        </translation>
    </message>
    <message>
        <source>change “%1”</source>
        <translation>zmiana „%1”</translation>
    </message>
    <message>
        <source>This support could not be saved. Please try again.</source>
        <translation>Nie udało się zapisać tego wsparcia. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>pb::ui::SupportItemsModel</name>
    <message>
        <source>No cost</source>
        <translation>Bez kosztu</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Nieodpłatne</translation>
    </message>
    <message>
        <source>Not linked yet</source>
        <translation>Jeszcze niepołączone</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Unpaid support costs nothing</source>
        <translation>Nieodpłatne wsparcie nic nie kosztuje</translation>
    </message>
    <message>
        <source>Includes the costs of employing them: holiday pay, National Insurance, pension, insurance and payroll</source>
        <translation>Obejmuje koszty zatrudnienia: wynagrodzenie urlopowe, National Insurance, emeryturę, ubezpieczenie i obsługę płac</translation>
    </message>
    <message>
        <source>A one-off cost, counted in full in the plan year</source>
        <translation>Koszt jednorazowy, liczony w całości w roku planu</translation>
    </message>
    <message>
        <source>Choose Change to say which outcomes it helps with</source>
        <translation>Wybierz Zmień, aby wskazać, w których celach to pomaga</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <source>Cost a week</source>
        <translation>Koszt tygodniowo</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>Koszt rocznie</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Sposób płatności</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Pomaga w</translation>
    </message>
</context>
<context>
    <name>pb::ui::SupportStep</name>
    <message>
        <source>My support</source>
        <translation>Moje wsparcie</translation>
    </message>
    <message>
        <source>List the support you will use, who gives it and what it costs. Include help that costs nothing.</source>
        <translation>Wypisz wsparcie, z którego będziesz korzystać, kto je daje i ile kosztuje. Uwzględnij pomoc, która nic nie kosztuje.</translation>
    </message>
    <message>
        <source>The support in my plan</source>
        <translation>Wsparcie w moim planie</translation>
    </message>
    <message>
        <source>Add support</source>
        <translation>Dodaj wsparcie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Change the chosen support</source>
        <translation>Zmień wybrane wsparcie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the chosen support</source>
        <translation>Usuń wybrane wsparcie</translation>
    </message>
    <message>
        <source>Takes it out of the plan. Undo (Ctrl+Z) puts it back.</source>
        <translation>Usuwa je z planu. Cofnij (Ctrl+Z) je przywraca.</translation>
    </message>
    <message>
        <source>You haven&apos;t added any support yet. Choose “Add support” to start. Include help from family, friends or your community, which costs nothing.</source>
        <translation>Nie dodano jeszcze żadnego wsparcia. Wybierz „Dodaj wsparcie”, aby zacząć. Uwzględnij pomoc rodziny, przyjaciół albo społeczności, która nic nie kosztuje.</translation>
    </message>
    <message>
        <source>Enter or double-click changes the chosen support; Delete removes it.</source>
        <translation>Enter lub dwukrotne kliknięcie zmienia wybrane wsparcie; Delete je usuwa.</translation>
    </message>
    <message>
        <source>Work out what a personal assistant costs</source>
        <translation>Oblicz, ile kosztuje asystent osobisty</translation>
    </message>
    <message>
        <source>Employing a personal assistant costs more than their pay. See what it costs with holiday pay, National Insurance, a pension, insurance and payroll.</source>
        <translation>Zatrudnienie asystenta osobistego kosztuje więcej niż jego wynagrodzenie. Zobacz koszt razem z wynagrodzeniem urlopowym, National Insurance, emeryturą, ubezpieczeniem i obsługą płac.</translation>
    </message>
    <message>
        <source>If my support can&apos;t come (back-up plan)</source>
        <translation>Jeśli moje wsparcie nie przyjdzie (plan awaryjny)</translation>
    </message>
    <message>
        <source>What happens if my support can&apos;t come?</source>
        <translation>Co się stanie, jeśli moje wsparcie nie przyjdzie?</translation>
    </message>
    <message>
        <source>For example: “If my assistant is ill, my sister Jo comes. If she can&apos;t, I ring the agency.”</source>
        <translation>Na przykład: „Jeśli mój asystent zachoruje, przychodzi moja siostra Jo. Jeśli ona nie może, dzwonię do agencji.”</translation>
    </message>
    <message>
        <source>Who to call (back-up contact)</source>
        <translation>Do kogo zadzwonić (kontakt awaryjny)</translation>
    </message>
    <message>
        <source>A person or a service</source>
        <translation>Osoba albo służba</translation>
    </message>
    <message>
        <source>Their phone number</source>
        <translation>Numer telefonu tej osoby</translation>
    </message>
    <message>
        <source>change the back-up plan</source>
        <translation>zmiana planu awaryjnego</translation>
    </message>
    <message>
        <source>Total: %1 a week, %2 a year</source>
        <translation>Razem: %1 tygodniowo, %2 rocznie</translation>
    </message>
    <message>
        <source>Personal assistants are costed with holiday pay, National Insurance, a pension, insurance and payroll, using the rates as of %1.</source>
        <translation>Koszt asystentów osobistych obejmuje wynagrodzenie urlopowe, National Insurance, emeryturę, ubezpieczenie i obsługę płac, według stawek na dzień %1.</translation>
    </message>
    <message>
        <source>Things to look at:</source>
        <translation>Co warto sprawdzić:</translation>
    </message>
    <message>
        <source>See details</source>
        <translation>Zobacz szczegóły</translation>
    </message>
    <message>
        <source>See the details of the chosen support</source>
        <translation>Zobacz szczegóły wybranego wsparcia</translation>
    </message>
    <message>
        <source>Removed “%1”. To put it back, choose Undo (Ctrl+Z).</source>
        <translation>Usunięto „%1”. Aby przywrócić, wybierz Cofnij (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>pb::ui::ThemeCountsModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Działa</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Nie działa</translation>
    </message>
    <message>
        <source>For the future</source>
        <translation>Na przyszłość</translation>
    </message>
    <message>
        <source>About outcomes</source>
        <translation>O celach</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
</context>
<context>
    <name>pb::ui::VersionTableModel</name>
    <message>
        <source>%1 (open now)</source>
        <extracomment>the status of the version shown in the window: &quot;Draft (open now)&quot;</extracomment>
        <translation>%1 (otwarta teraz)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>when and by whom a version was agreed: &quot;20 April 2026 by Grace Thompson&quot;</extracomment>
        <translation>%1, uzgodnił(a): %2</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Jeszcze bez przeglądu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a table cell read out with its column: &quot;Status: Agreed&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Uzgodniono</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data przeglądu</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Przeglądy</translation>
    </message>
</context>
<context>
    <name>pb::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Personal Budget Planner</source>
        <translation>Witamy w Personal Budget Planner</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Witamy</translation>
    </message>
    <message>
        <source>This program helps you plan how to use your personal budget for care and support. Everything you type is saved on this computer as you go.</source>
        <translation>Ten program pomaga zaplanować, jak wykorzystać budżet osobisty na opiekę i wsparcie. Wszystko, co wpisujesz, jest na bieżąco zapisywane na tym komputerze.</translation>
    </message>
    <message>
        <source>Start with my own plan</source>
        <translation>Zacznij od mojego własnego planu</translation>
    </message>
    <message>
        <source>Start with an example caseload to look around</source>
        <translation>Zacznij od przykładowej listy osób, aby się rozejrzeć</translation>
    </message>
</context>
<context>
    <name>pb::ui::WorseOutcomesModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an outcome and its life area: &quot;See my friends (People and community)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Data przeglądu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Co powiedziano</translation>
    </message>
</context>
</TS>
