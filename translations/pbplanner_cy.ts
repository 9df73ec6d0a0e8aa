<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>The file could not be saved: the folder %1 does not exist. Choose a folder that exists, such as your Documents folder.</source>
        <translation>Nid oedd modd cadw&apos;r ffeil: nid yw&apos;r ffolder %1 yn bodoli. Dewiswch ffolder sy&apos;n bodoli, fel eich ffolder Dogfennau.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1 is a folder. Choose a file name inside it.</source>
        <translation>Nid oedd modd cadw&apos;r ffeil: ffolder yw %1. Dewiswch enw ffeil y tu mewn iddi.</translation>
    </message>
    <message>
        <source>The file could not be saved as %1: you can&apos;t save files in the folder %2 (it may be read-only, or belong to someone else). Choose another folder, such as your Documents folder.</source>
        <translation>Nid oedd modd cadw&apos;r ffeil fel %1: ni allwch gadw ffeiliau yn y ffolder %2 (efallai ei bod yn ddarllen yn unig, neu&apos;n perthyn i rywun arall). Dewiswch ffolder arall, fel eich ffolder Dogfennau.</translation>
    </message>
    <message>
        <source>The file could not be saved as %1: the disk may be full. Nothing was changed. Free some space or choose another place, then try again.</source>
        <translation>Nid oedd modd cadw&apos;r ffeil fel %1: efallai fod y ddisg yn llawn. Ni newidiwyd dim. Rhyddhewch rywfaint o le neu dewiswch le arall, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The file could not be saved as %1. Nothing was changed. Check that you may save files there, then try again.</source>
        <translation>Nid oedd modd cadw&apos;r ffeil fel %1. Ni newidiwyd dim. Gwiriwch fod hawl gennych i gadw ffeiliau yno, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The file could not be written: the disk may be full. Nothing was changed. Free some space or choose another place, then try again.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffeil: efallai fod y ddisg yn llawn. Ni newidiwyd dim. Rhyddhewch rywfaint o le neu dewiswch le arall, yna rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>BudgetExplanation</name>
    <message>
        <source>This budget was worked out with a scheme (“%1”) that this program does not have, so the steps can&apos;t be shown here. Ask the council how the amount was worked out.</source>
        <translation>Cafodd y gyllideb hon ei chyfrifo gyda chynllun (“%1”) nad yw gan y rhaglen hon, felly ni ellir dangos y camau yma. Gofynnwch i&apos;r cyngor sut y cafodd y swm ei gyfrifo.</translation>
    </message>
    <message>
        <source>The answers saved with this budget no longer fit the scheme “%1”, so the steps can&apos;t be shown here. %2</source>
        <translation>Nid yw&apos;r atebion a gadwyd gyda&apos;r gyllideb hon yn cyd-fynd â&apos;r cynllun “%1” mwyach, felly ni ellir dangos y camau yma. %2</translation>
    </message>
</context>
<context>
    <name>BuildUpCheck</name>
    <message>
        <source>Money is building up: you have %1, more than %2 weeks of your budget (%3). The council may ask for some of it back. Talk to them about what you are keeping it for, or whether your payments should change.</source>
        <extracomment>%1 the balance, %2 a number of weeks, %3 what that many weeks of the budget come to</extracomment>
        <translation>Mae arian yn cronni: mae gennych %1, mwy na %2 wythnos o&apos;ch cyllideb (%3). Efallai y bydd y cyngor yn gofyn am rywfaint ohono&apos;n ôl. Siaradwch â nhw am beth rydych chi&apos;n ei gadw ar ei gyfer, neu a ddylai eich taliadau newid.</translation>
    </message>
</context>
<context>
    <name>BuildUpWeeksCommand</name>
    <message>
        <source>change the weeks of budget</source>
        <translation>newid yr wythnosau o gyllideb</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Needs changing</source>
        <translation>Angen newid</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Gwerth edrych arno</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Awgrym</translation>
    </message>
    <message>
        <source>%1&apos;s plan: no problems found.</source>
        <translation>Cynllun %1: ni chafwyd unrhyw broblemau.</translation>
    </message>
    <message>
        <source>%1&apos;s plan:</source>
        <translation>Cynllun %1:</translation>
    </message>
    <message>
        <source>Check a plan and list what needs changing (exit status 1 on errors).</source>
        <translation>Gwirio cynllun a rhestru beth sydd angen ei newid (statws gadael 1 os oes gwallau).</translation>
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
Rhedwch &quot;pbplanner &lt;command&gt; --help&quot; i weld opsiynau gorchymyn.

Statws gadael: 0 wedi gorffen; 1 mae gwallau yn y cynllun (check), neu cafodd rhai cynlluniau eu hepgor
(export); 2 roedd y llinell orchymyn yn anghywir; 3 nid oedd modd darllen neu ysgrifennu ffeil.
</translation>
    </message>
    <message>
        <source>pbplanner: &quot;%1&quot; is not a command.</source>
        <translation>pbplanner: nid yw &quot;%1&quot; yn orchymyn.</translation>
    </message>
    <message>
        <source>Hint: run &quot;pbplanner --help&quot; to see the commands.</source>
        <translation>Awgrym: rhedwch &quot;pbplanner --help&quot; i weld y gorchmynion.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <source>Hint: run &quot;pbplanner %1 --help&quot; to see its options.</source>
        <translation>Awgrym: rhedwch &quot;pbplanner %1 --help&quot; i weld ei opsiynau.</translation>
    </message>
    <message>
        <source>Hint: run &quot;pbplanner %1 --help&quot; to see how to use it.</source>
        <translation>Awgrym: rhedwch &quot;pbplanner %1 --help&quot; i weld sut i&apos;w ddefnyddio.</translation>
    </message>
    <message>
        <source>Usage: pbplanner [--db FILE | --demo] [PLAN.pbplan]  start the window
       pbplanner &lt;command&gt; [options] [files]        work without a window

A plan file named when starting the window is imported into the caseload
and opened. Start in another language with --language CODE (en, cy, pl
or ur).

Commands:
</source>
        <translation>Defnydd: pbplanner [--db FILE | --demo] [PLAN.pbplan]  agor y ffenestr
         pbplanner &lt;command&gt; [options] [files]        gweithio heb ffenestr

Mae ffeil gynllun sy&apos;n cael ei henwi wrth agor y ffenestr yn cael ei mewnforio
i&apos;r llwyth achosion a&apos;i hagor. I ddechrau mewn iaith arall, defnyddiwch
--language CODE (en, cy, pl neu ur).

Gorchmynion:
</translation>
    </message>
</context>
<context>
    <name>CliSyntax</name>
    <message>
        <source>Usage: %1</source>
        <translation>Defnydd: %1</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>Defnydd: </translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsiynau:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Dadleuon:</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This file can&apos;t be read as a statement: on row %1 a value starts with a quote mark (&quot;) that is never closed. Save the statement from your bank again as a CSV file and try once more.</source>
        <translation>Nid oes modd darllen y ffeil hon fel cyfriflen: ar res %1 mae gwerth yn dechrau gyda dyfynnod (&quot;) nad yw byth yn cael ei gau. Cadwch y gyfriflen o&apos;ch banc eto fel ffeil CSV a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1. Check the folder and the file name, or make a new database.</source>
        <translation>Nid oes cronfa ddata yn %1. Gwiriwch y ffolder ac enw&apos;r ffeil, neu gwnewch gronfa ddata newydd.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Choose the database file inside it.</source>
        <translation>Ffolder yw %1, nid ffeil cronfa ddata. Dewiswch y ffeil cronfa ddata sydd ynddi.</translation>
    </message>
    <message>
        <source>The database %1 can&apos;t be read: this account is not allowed to open it. Nothing was changed. Ask whoever looks after this computer to give you access.</source>
        <translation>Nid oes modd darllen y gronfa ddata %1: does gan y cyfrif hwn ddim hawl i&apos;w hagor. Ni newidiwyd dim. Gofynnwch i&apos;r sawl sy&apos;n gofalu am y cyfrifiadur hwn roi mynediad i chi.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t a Personal Budget Planner database, so it wasn&apos;t opened and nothing in it was changed. Choose the database file instead.</source>
        <translation>Nid yw %1 yn gronfa ddata Personal Budget Planner, felly ni chafodd ei hagor ac ni newidiwyd dim ynddi. Dewiswch y ffeil cronfa ddata yn lle hynny.</translation>
    </message>
    <message>
        <source>The database %1 is read-only, so it wasn&apos;t opened and nothing was changed. Make the file writable (in its properties), or open it only for looking.</source>
        <translation>Mae&apos;r gronfa ddata %1 yn ddarllen yn unig, felly ni chafodd ei hagor ac ni newidiwyd dim. Gwnewch y ffeil yn un y gellir ysgrifennu iddi (yn ei phriodweddau), neu agorwch hi i edrych yn unig.</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be changed. The program keeps small working files beside the database while it is open, so the database wasn&apos;t opened and nothing was changed. Move it to a folder you can change, such as your Documents folder.</source>
        <translation>Nid oes modd newid y ffolder %1. Mae&apos;r rhaglen yn cadw ffeiliau gwaith bach wrth ymyl y gronfa ddata tra bydd ar agor, felly ni chafodd y gronfa ddata ei hagor ac ni newidiwyd dim. Symudwch hi i ffolder y gallwch ei newid, fel eich ffolder Dogfennau.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Personal Budget Planner, so this version can&apos;t open it. Nothing in it was changed. Install the newer version of the program to open it.</source>
        <translation>Cafodd y gronfa ddata hon ei chadw gan fersiwn mwy newydd o Personal Budget Planner, felly ni all y fersiwn hwn ei hagor. Ni newidiwyd dim ynddi. Gosodwch y fersiwn mwy newydd o&apos;r rhaglen i&apos;w hagor.</translation>
    </message>
    <message>
        <source>This database was made by an earlier version of Personal Budget Planner and must be updated before it can be used, which can&apos;t be done when it is opened only for looking. Nothing was changed. Open it normally; a backup copy is made before the update.</source>
        <translation>Cafodd y gronfa ddata hon ei gwneud gan fersiwn cynharach o Personal Budget Planner ac mae&apos;n rhaid ei diweddaru cyn y gellir ei defnyddio. Ni ellir gwneud hyn pan fydd wedi&apos;i hagor i edrych yn unig. Ni newidiwyd dim. Agorwch hi yn y ffordd arferol; bydd copi wrth gefn yn cael ei wneud cyn y diweddariad.</translation>
    </message>
    <message>
        <source>There is already a file at %1, so a new database wasn&apos;t made there and that file was left as it was. Choose another name.</source>
        <translation>Mae ffeil yn %1 yn barod, felly ni chafodd cronfa ddata newydd ei gwneud yno a chafodd y ffeil honno ei gadael fel yr oedd. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>The folder %1 doesn&apos;t exist, so the database couldn&apos;t be made there. Choose a folder that exists.</source>
        <translation>Nid yw&apos;r ffolder %1 yn bodoli, felly nid oedd modd gwneud y gronfa ddata yno. Dewiswch ffolder sy&apos;n bodoli.</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be changed, so the database couldn&apos;t be made there. Choose a folder you can change, such as your Documents folder.</source>
        <translation>Nid oes modd newid y ffolder %1, felly nid oedd modd gwneud y gronfa ddata yno. Dewiswch ffolder y gallwch ei newid, fel eich ffolder Dogfennau.</translation>
    </message>
    <message>
        <source>The program&apos;s database component (Qt&apos;s SQLite driver) is missing, so no database can be opened. Reinstall Personal Budget Planner.</source>
        <translation>Mae elfen cronfa ddata&apos;r rhaglen (gyrrwr SQLite Qt) ar goll, felly nid oes modd agor unrhyw gronfa ddata. Gosodwch Personal Budget Planner eto.</translation>
    </message>
    <message>
        <source>This database belongs to another program, so it wasn&apos;t opened and nothing in it was changed. Choose a Personal Budget Planner database.</source>
        <translation>Mae&apos;r gronfa ddata hon yn perthyn i raglen arall, felly ni chafodd ei hagor ac ni newidiwyd dim ynddi. Dewiswch gronfa ddata Personal Budget Planner.</translation>
    </message>
    <message>
        <source>The new database couldn&apos;t be set up.</source>
        <translation>Nid oedd modd gosod y gronfa ddata newydd.</translation>
    </message>
    <message>
        <source>The database needs updating for this version of the program, and the update couldn&apos;t be finished, so it wasn&apos;t opened.</source>
        <translation>Mae angen diweddaru&apos;r gronfa ddata ar gyfer y fersiwn hwn o&apos;r rhaglen, ac nid oedd modd gorffen y diweddariad, felly ni chafodd ei hagor.</translation>
    </message>
    <message>
        <source>The database needs updating for this version of the program, but a safety copy couldn&apos;t be made first, so it wasn&apos;t updated or opened and nothing was changed. Make sure there is free space on the disk and that the folder can be changed, then try again.</source>
        <translation>Mae angen diweddaru&apos;r gronfa ddata ar gyfer y fersiwn hwn o&apos;r rhaglen, ond nid oedd modd gwneud copi diogelwch yn gyntaf, felly ni chafodd ei diweddaru na&apos;i hagor ac ni newidiwyd dim. Gwnewch yn siŵr bod lle ar y ddisg a bod modd newid y ffolder, yna rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The new database file to make (it must not exist yet).</source>
        <translation>Y ffeil cronfa ddata newydd i&apos;w gwneud (rhaid nad yw&apos;n bodoli eto).</translation>
    </message>
    <message>
        <source>Make this many made-up people instead of the eight demo people.</source>
        <translation>Gwneud y nifer hwn o bobl ffug yn lle&apos;r wyth person enghreifftiol.</translation>
    </message>
    <message>
        <source>Write the demo people as .pbplan files into this folder.</source>
        <translation>Ysgrifennu&apos;r bobl enghreifftiol fel ffeiliau .pbplan i&apos;r ffolder hon.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>dadl annisgwyl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>say where to make the database, like: pbplanner demo --db demo.pbdb</source>
        <translation>dywedwch ble i wneud y gronfa ddata, fel hyn: pbplanner demo --db demo.pbdb</translation>
    </message>
    <message>
        <source>Made %1 with the demo caseload (%2 people).</source>
        <translation>Gwnaed %1 gyda&apos;r llwyth achosion enghreifftiol (%2 o bobl).</translation>
    </message>
    <message>
        <source>--people takes a whole number from 1 to 1,000,000</source>
        <translation>mae --people yn cymryd rhif cyfan o 1 i 1,000,000</translation>
    </message>
    <message>
        <source>Made %1 with %2 made-up people in %3 s.</source>
        <translation>Gwnaed %1 gyda %2 o bobl ffug mewn %3 eiliad.</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Nid oedd modd gwneud y ffolder %1.</translation>
    </message>
    <message>
        <source>Make a demo caseload database (or N made-up people).</source>
        <translation>Gwneud cronfa ddata llwyth achosion enghreifftiol (neu N o bobl ffug).</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 of %2 people</source>
        <translation><byte value="xd"/>%1 o %2 o bobl</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>There is already a file at %1. Choose a new file name, so nothing is overwritten.</source>
        <translation>Mae ffeil yn %1 yn barod. Dewiswch enw ffeil newydd, fel nad oes dim yn cael ei drosysgrifo.</translation>
    </message>
</context>
<context>
    <name>DirectPaymentReturn</name>
    <message>
        <source>Money paid in</source>
        <translation>Arian a dalwyd i mewn</translation>
    </message>
    <message>
        <source>Other spending (not linked to support in the plan)</source>
        <translation>Gwario arall (heb gysylltiad â chymorth yn y cynllun)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>a period of time: &quot;1 April 2026 to 30 June 2026&quot;</extracomment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Balans agoriadol</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Arian i mewn</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Arian allan</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Balans cau</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Amount (£)</source>
        <translation>Swm (£)</translation>
    </message>
    <message>
        <source>Balance on %1</source>
        <extracomment>%1 a date: the money in the account at the start of that day
----------
%1 a date: the money in the account at the end of that day</extracomment>
        <translation>Balans ar %1</translation>
    </message>
    <message>
        <source>Total money in</source>
        <translation>Cyfanswm arian i mewn</translation>
    </message>
    <message>
        <source>Total money out</source>
        <translation>Cyfanswm arian allan</translation>
    </message>
    <message>
        <source>Direct payment return</source>
        <translation>Ffurflen taliad uniongyrchol</translation>
    </message>
    <message>
        <source>Direct payment return for %1</source>
        <translation>Ffurflen taliad uniongyrchol ar gyfer %1</translation>
    </message>
    <message>
        <source>%1 - direct payment return, %2</source>
        <translation>%1 - ffurflen taliad uniongyrchol, %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Money in the account on %1</source>
        <translation>Arian yn y cyfrif ar %1</translation>
    </message>
    <message>
        <source>The direct payment is paid to %1.</source>
        <translation>Mae&apos;r taliad uniongyrchol yn cael ei dalu i %1.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <source>No money was paid in during this period.</source>
        <translation>Ni thalwyd unrhyw arian i mewn yn ystod y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Paid in by</source>
        <translation>Talwyd i mewn gan</translation>
    </message>
    <message>
        <source>Money out, by kind of support</source>
        <translation>Arian allan, yn ôl math o gymorth</translation>
    </message>
    <message>
        <source>No money was paid out during this period.</source>
        <translation>Ni thalwyd unrhyw arian allan yn ystod y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Math o gymorth</translation>
    </message>
    <message>
        <source>Every payment</source>
        <translation>Pob taliad</translation>
    </message>
    <message>
        <source>There were no payments in this period.</source>
        <translation>Nid oedd unrhyw daliadau yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>At beth</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>At the foot of every page of a printed plan: &quot;Page 2 of 7&quot;</extracomment>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A draft&apos;s footer: %1 the watermark (&quot;DRAFT&quot;), %2 the footer&apos;s words</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The page is too small to print the plan on. Choose A4 or Letter paper.</source>
        <translation>Mae&apos;r dudalen yn rhy fach i argraffu&apos;r cynllun arni. Dewiswch bapur A4 neu Letter.</translation>
    </message>
    <message>
        <source>The plan could not be printed or saved: the printer or file would not start. Try again, or choose another printer or place.</source>
        <translation>Nid oedd modd argraffu na chadw&apos;r cynllun: ni fyddai&apos;r argraffydd neu&apos;r ffeil yn dechrau. Rhowch gynnig arall arni, neu dewiswch argraffydd neu le arall.</translation>
    </message>
    <message>
        <source>The plan could not be printed or saved: a new page could not be started. Try again, or choose another printer or place.</source>
        <translation>Nid oedd modd argraffu na chadw&apos;r cynllun: nid oedd modd dechrau tudalen newydd. Rhowch gynnig arall arni, neu dewiswch argraffydd neu le arall.</translation>
    </message>
    <message>
        <source>The plan could not be printed or saved: the last page could not be finished. Try again, or choose another printer or place.</source>
        <translation>Nid oedd modd argraffu na chadw&apos;r cynllun: nid oedd modd gorffen y dudalen olaf. Rhowch gynnig arall arni, neu dewiswch argraffydd neu le arall.</translation>
    </message>
</context>
<context>
    <name>DocumentWording</name>
    <message>
        <source>Support plan for %1</source>
        <translation>Cynllun cymorth ar gyfer %1</translation>
    </message>
    <message>
        <source>My support plan: %1</source>
        <extracomment>The easy-read plan&apos;s title; %1 is the person&apos;s name</extracomment>
        <translation>Fy nghynllun cymorth: %1</translation>
    </message>
    <message>
        <source>%1 · plan version %2 · %3</source>
        <extracomment>Footer on every page: name · plan version 2 · agreed 12 May 2026</extracomment>
        <translation>%1 · fersiwn %2 o&apos;r cynllun · %3</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <extracomment>Printed across every page of a plan that is not agreed yet</extracomment>
        <translation>DRAFFT</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <extracomment>Printed across every page of an old version a newer one has replaced</extracomment>
        <translation>WEDI&apos;I DDISODLI</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>drafft %1</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>cytunwyd %1</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>agreed %1, replaced by a newer version</source>
        <translation>cytunwyd %1, a fersiwn mwy newydd wedi cymryd ei le</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>wedi&apos;i ddisodli gan fersiwn mwy newydd</translation>
    </message>
</context>
<context>
    <name>EasyReadMoneySections</name>
    <message>
        <source>I do not know how much money I get yet.</source>
        <translation>Dydw i ddim yn gwybod faint o arian rydw i&apos;n ei gael eto.</translation>
    </message>
    <message>
        <source>My budget is %1.</source>
        <translation>Fy nghyllideb yw %1.</translation>
    </message>
    <message>
        <source>That is about %1.</source>
        <translation>Mae hynny tua %1.</translation>
    </message>
    <message>
        <source>The council has agreed this amount.</source>
        <translation>Mae&apos;r cyngor wedi cytuno ar y swm hwn.</translation>
    </message>
    <message>
        <source>The council may change this amount.</source>
        <translation>Gall y cyngor newid y swm hwn.</translation>
    </message>
    <message>
        <source>My support costs %1.</source>
        <translation>Mae fy nghymorth yn costio %1.</translation>
    </message>
    <message>
        <source>My support costs %1 more than my budget %2.</source>
        <translation>Mae fy nghymorth yn costio %1 yn fwy na fy nghyllideb %2.</translation>
    </message>
    <message>
        <source>We need to change my plan, or ask for more money.</source>
        <translation>Mae angen i ni newid fy nghynllun, neu ofyn am fwy o arian.</translation>
    </message>
    <message>
        <source>All my money is planned.</source>
        <translation>Mae fy holl arian wedi&apos;i gynllunio.</translation>
    </message>
    <message>
        <source>I have %1 left over %2.</source>
        <translation>Mae gen i %1 dros ben %2.</translation>
    </message>
    <message>
        <source>My money comes from these places.</source>
        <translation>Mae fy arian yn dod o&apos;r lleoedd hyn.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>Easy-read: where some of the money comes from: &quot;Council social care: £6,660 each year.&quot;</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>My money</source>
        <translation>Fy arian</translation>
    </message>
    <message>
        <source>I get the money to pay for my support. This is called a direct payment.</source>
        <translation>Rydw i&apos;n cael yr arian i dalu am fy nghymorth. Taliad uniongyrchol yw&apos;r enw ar hyn.</translation>
    </message>
    <message>
        <source>%1 gets the money for me. This is called a direct payment.</source>
        <translation>Mae %1 yn cael yr arian i mi. Taliad uniongyrchol yw&apos;r enw ar hyn.</translation>
    </message>
    <message>
        <source>We keep a record of what we spend.</source>
        <translation>Rydyn ni&apos;n cadw cofnod o beth rydyn ni&apos;n ei wario.</translation>
    </message>
    <message>
        <source>The council pays for my support. This is called a council-managed budget.</source>
        <translation>Mae&apos;r cyngor yn talu am fy nghymorth. Cyllideb a reolir gan y cyngor yw&apos;r enw ar hyn.</translation>
    </message>
    <message>
        <source>A care provider looks after the money for me.</source>
        <translation>Mae darparwr gofal yn gofalu am yr arian i mi.</translation>
    </message>
    <message>
        <source>%1 looks after the money for me.</source>
        <translation>Mae %1 yn gofalu am yr arian i mi.</translation>
    </message>
    <message>
        <source>This is called an Individual Service Fund.</source>
        <translation>Cronfa Gwasanaeth Unigol yw&apos;r enw ar hyn.</translation>
    </message>
    <message>
        <source>Someone I trust looks after the money for me.</source>
        <translation>Mae rhywun rydw i&apos;n ymddiried ynddo yn gofalu am yr arian i mi.</translation>
    </message>
    <message>
        <source>This is called a third party arrangement.</source>
        <translation>Trefniant trydydd parti yw&apos;r enw ar hyn.</translation>
    </message>
    <message>
        <source>%1 is paid this way.</source>
        <translation>Mae %1 yn cael ei dalu fel hyn.</translation>
    </message>
    <message>
        <source>My money is managed in more than one way.</source>
        <translation>Mae fy arian yn cael ei reoli mewn mwy nag un ffordd.</translation>
    </message>
    <message>
        <source>How my money is managed</source>
        <translation>Sut mae fy arian yn cael ei reoli</translation>
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
        <translation>bob wythnos</translation>
    </message>
    <message>
        <source>every four weeks</source>
        <translation>bob pedair wythnos</translation>
    </message>
    <message>
        <source>each month</source>
        <translation>bob mis</translation>
    </message>
    <message>
        <source>each year</source>
        <translation>bob blwyddyn</translation>
    </message>
    <message>
        <source>once</source>
        <translation>unwaith</translation>
    </message>
</context>
<context>
    <name>EasyReadPlanWriter</name>
    <message>
        <source>1 hour</source>
        <translation>1 awr</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 awr</translation>
    </message>
    <message>
        <source>for %1, once</source>
        <translation>am %1, unwaith</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>once</source>
        <translation>unwaith</translation>
    </message>
    <message>
        <source>once %1</source>
        <translation>unwaith %1</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 gwaith</translation>
    </message>
    <message>
        <source>%1 times %2</source>
        <translation>%1 gwaith %2</translation>
    </message>
    <message>
        <source>My name is %1.</source>
        <translation>Fy enw yw %1.</translation>
    </message>
    <message>
        <source>This is my support plan.</source>
        <translation>Dyma fy nghynllun cymorth.</translation>
    </message>
    <message>
        <source>My plan is not agreed yet.</source>
        <translation>Nid yw fy nghynllun wedi&apos;i gytuno eto.</translation>
    </message>
    <message>
        <source>My plan was agreed on %1.</source>
        <translation>Cafodd fy nghynllun ei gytuno ar %1.</translation>
    </message>
    <message>
        <source>My plan is agreed.</source>
        <translation>Mae fy nghynllun wedi&apos;i gytuno.</translation>
    </message>
    <message>
        <source>This is an old plan.</source>
        <translation>Hen gynllun yw hwn.</translation>
    </message>
    <message>
        <source>I have a newer plan now.</source>
        <translation>Mae gen i gynllun mwy newydd nawr.</translation>
    </message>
    <message>
        <source>%1 helps me with my plan.</source>
        <translation>Mae %1 yn fy helpu gyda fy nghynllun.</translation>
    </message>
    <message>
        <source>I live at %1.</source>
        <translation>Rydw i&apos;n byw yn %1.</translation>
    </message>
    <message>
        <source>My phone number is %1.</source>
        <translation>Fy rhif ffôn yw %1.</translation>
    </message>
    <message>
        <source>I like to use %1.</source>
        <translation>Rydw i&apos;n hoffi defnyddio %1.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Amdana i</translation>
    </message>
    <message>
        <source>This is </source>
        <translation>Dyma&apos;r peth </translation>
    </message>
    <message>
        <source>most important</source>
        <translation>pwysicaf</translation>
    </message>
    <message>
        <source> to me.</source>
        <translation> i mi.</translation>
    </message>
    <message>
        <source>How I will know it is working: %1</source>
        <translation>Sut bydda i&apos;n gwybod ei fod yn gweithio: %1</translation>
    </message>
    <message>
        <source>I have not said what matters to me yet.</source>
        <translation>Dydw i ddim wedi dweud beth sy&apos;n bwysig i mi eto.</translation>
    </message>
    <message>
        <source>These things matter to me.</source>
        <translation>Mae&apos;r pethau hyn yn bwysig i mi.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>Someone helps me %1.</source>
        <translation>Mae rhywun yn fy helpu %1.</translation>
    </message>
    <message>
        <source>%1 helps me %2.</source>
        <translation>Mae %1 yn fy helpu %2.</translation>
    </message>
    <message>
        <source>I get this once.</source>
        <translation>Rydw i&apos;n cael hyn unwaith.</translation>
    </message>
    <message>
        <source>I get this once, from %1.</source>
        <translation>Rydw i&apos;n cael hyn unwaith, gan %1.</translation>
    </message>
    <message>
        <source>I get this from %1.</source>
        <translation>Rydw i&apos;n cael hyn gan %1.</translation>
    </message>
    <message>
        <source>This is free.</source>
        <translation>Mae hyn am ddim.</translation>
    </message>
    <message>
        <source>It has no cost yet.</source>
        <translation>Does dim cost iddo eto.</translation>
    </message>
    <message>
        <source>It costs %1.</source>
        <translation>Mae&apos;n costio %1.</translation>
    </message>
    <message>
        <source>There is no support in my plan yet.</source>
        <translation>Does dim cymorth yn fy nghynllun eto.</translation>
    </message>
    <message>
        <source>Who helps me and when</source>
        <translation>Pwy sy&apos;n fy helpu a phryd</translation>
    </message>
    <message>
        <source>I do not have a back-up plan yet.</source>
        <translation>Does gen i ddim cynllun wrth gefn eto.</translation>
    </message>
    <message>
        <source>I will make one with the people who help me.</source>
        <translation>Bydda i&apos;n gwneud un gyda&apos;r bobl sy&apos;n fy helpu.</translation>
    </message>
    <message>
        <source>I can call %1 on %2.</source>
        <translation>Galla i ffonio %1 ar %2.</translation>
    </message>
    <message>
        <source>I can call %1.</source>
        <translation>Galla i ffonio %1.</translation>
    </message>
    <message>
        <source>The number to call is %1.</source>
        <translation>Y rhif i&apos;w ffonio yw %1.</translation>
    </message>
    <message>
        <source>If someone is in danger, I call 999.</source>
        <translation>Os yw rhywun mewn perygl, rydw i&apos;n ffonio 999.</translation>
    </message>
    <message>
        <source>If my support is not right, I can tell the council.</source>
        <translation>Os nad yw fy nghymorth yn iawn, galla i ddweud wrth y cyngor.</translation>
    </message>
    <message>
        <source>If something goes wrong</source>
        <translation>Os bydd rhywbeth yn mynd o&apos;i le</translation>
    </message>
    <message>
        <source>My plan will be checked again on %1.</source>
        <translation>Bydd fy nghynllun yn cael ei wirio eto ar %1.</translation>
    </message>
    <message>
        <source>We will choose a date to check my plan when it is agreed.</source>
        <translation>Byddwn ni&apos;n dewis dyddiad i wirio fy nghynllun pan fydd wedi&apos;i gytuno.</translation>
    </message>
    <message>
        <source>We will talk about what is working and what is not.</source>
        <translation>Byddwn ni&apos;n siarad am beth sy&apos;n gweithio a beth sydd ddim.</translation>
    </message>
    <message>
        <source>Is my life better?</source>
        <translation>Ydy fy mywyd yn well?</translation>
    </message>
    <message>
        <source>Is my life the same?</source>
        <translation>Ydy fy mywyd yr un fath?</translation>
    </message>
    <message>
        <source>Is my life worse?</source>
        <translation>Ydy fy mywyd yn waeth?</translation>
    </message>
    <message>
        <source>When my plan is checked again</source>
        <translation>Pan fydd fy nghynllun yn cael ei wirio eto</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The plan file to export (not with --all).</source>
        <translation>Y ffeil gynllun i&apos;w hallforio (nid gyda --all).</translation>
    </message>
    <message>
        <source>Save the plan as a PDF here.</source>
        <translation>Cadw&apos;r cynllun fel PDF yma.</translation>
    </message>
    <message>
        <source>Save the support and its cost as a spreadsheet (CSV) here.</source>
        <translation>Cadw&apos;r cymorth a&apos;i gost fel taenlen (CSV) yma.</translation>
    </message>
    <message>
        <source>Make the easy-read plan instead of the standard one.</source>
        <translation>Gwneud y cynllun hawdd ei ddeall yn lle&apos;r un safonol.</translation>
    </message>
    <message>
        <source>The caseload file to export from (with --all).</source>
        <translation>Y ffeil llwyth achosion i allforio ohoni (gyda --all).</translation>
    </message>
    <message>
        <source>Export every person&apos;s current plan in the caseload.</source>
        <translation>Allforio cynllun presennol pob person yn y llwyth achosion.</translation>
    </message>
    <message>
        <source>The folder to put the PDFs in (with --all); made if missing.</source>
        <translation>Y ffolder i roi&apos;r ffeiliau PDF ynddi (gyda --all); caiff ei gwneud os nad yw&apos;n bodoli.</translation>
    </message>
    <message>
        <source>Cost personal assistants with this rate table instead of the one for each plan&apos;s date.</source>
        <translation>Cyfrifo cost cynorthwywyr personol gyda&apos;r tabl cyfraddau hwn yn lle&apos;r un ar gyfer dyddiad pob cynllun.</translation>
    </message>
    <message>
        <source>The plan&apos;s figures could not be worked out, so no PDF was made. Open the plan in the window and check its amounts.</source>
        <translation>Nid oedd modd cyfrifo ffigurau&apos;r cynllun, felly ni chafodd PDF ei wneud. Agorwch y cynllun yn y ffenestr a gwiriwch ei symiau.</translation>
    </message>
    <message>
        <source>give exactly one plan file, like: pbplanner export my-plan.pbplan --pdf my-plan.pdf</source>
        <translation>rhowch un ffeil gynllun yn union, fel hyn: pbplanner export my-plan.pbplan --pdf my-plan.pdf</translation>
    </message>
    <message>
        <source>say what to make: --pdf OUT.pdf, --csv OUT.csv, or both</source>
        <translation>dywedwch beth i&apos;w wneud: --pdf OUT.pdf, --csv OUT.csv, neu&apos;r ddau</translation>
    </message>
    <message>
        <source>--easy-read goes with --pdf</source>
        <translation>mae --easy-read yn mynd gyda --pdf</translation>
    </message>
    <message>
        <source>Saved %1 (1 page).</source>
        <translation>Cadwyd %1 (1 dudalen).</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Cadwyd %1 (%2 tudalen).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Cadwyd %1.</translation>
    </message>
    <message>
        <source>to export a whole caseload give all three, like: pbplanner export --db caseload.pbdb --all --out plans</source>
        <translation>i allforio llwyth achosion cyfan rhowch y tri, fel hyn: pbplanner export --db caseload.pbdb --all --out plans</translation>
    </message>
    <message>
        <source>give either a plan file or --db with --all, not both (&quot;%1&quot;)</source>
        <translation>rhowch naill ai ffeil gynllun neu --db gyda --all, nid y ddau (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--all writes one PDF per person into --out; leave out --pdf and --csv</source>
        <translation>mae --all yn ysgrifennu un PDF i bob person i --out; gadewch --pdf a --csv allan</translation>
    </message>
    <message>
        <source>The folder %1 could not be made. Check that you may make folders there, or choose another place.</source>
        <translation>Nid oedd modd gwneud y ffolder %1. Gwiriwch fod hawl gennych i wneud ffolderi yno, neu dewiswch le arall.</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>After &quot;[3/8] Sam Jones ... &quot;: the plan was not written</extracomment>
        <translation>wedi&apos;i hepgor</translation>
    </message>
    <message>
        <source>no plan yet, nothing written</source>
        <extracomment>After &quot;[3/8] Sam Jones ... &quot;: nothing to write</extracomment>
        <translation>dim cynllun eto, dim wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>written</source>
        <extracomment>After &quot;[3/8] Sam Jones ... &quot;: the PDF is saved</extracomment>
        <translation>wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 plans to %3.</source>
        <translation>Ysgrifennwyd %1 o %2 cynllun i %3.</translation>
    </message>
    <message>
        <source>Save plans as PDF (standard or easy-read) or support as a spreadsheet.</source>
        <translation>Cadw cynlluniau fel PDF (safonol neu hawdd ei ddeall) neu gymorth fel taenlen.</translation>
    </message>
</context>
<context>
    <name>ExportFileName</name>
    <message>
        <source>Support plan.pdf</source>
        <extracomment>A file name: &quot;Support plan - Sam Jones.pdf&quot;</extracomment>
        <translation>Cynllun cymorth.pdf</translation>
    </message>
    <message>
        <source>Support plan - %1.pdf</source>
        <translation>Cynllun cymorth - %1.pdf</translation>
    </message>
    <message>
        <source>Easy-read plan.pdf</source>
        <extracomment>A file name: &quot;Easy-read plan - Sam Jones.pdf&quot;</extracomment>
        <translation>Cynllun hawdd ei ddeall.pdf</translation>
    </message>
    <message>
        <source>Easy-read plan - %1.pdf</source>
        <translation>Cynllun hawdd ei ddeall - %1.pdf</translation>
    </message>
    <message>
        <source>Support.csv</source>
        <extracomment>A file name: &quot;Support - Sam Jones.csv&quot;</extracomment>
        <translation>Cymorth.csv</translation>
    </message>
    <message>
        <source>Support - %1.csv</source>
        <translation>Cymorth - %1.csv</translation>
    </message>
</context>
<context>
    <name>FindingWords</name>
    <message>
        <source>Needs changing</source>
        <translation>Angen newid</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Gwerth edrych arno</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Awgrym</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>It is not a JSON file, or it is damaged.</source>
        <translation>Nid yw&apos;n ffeil JSON, neu mae wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>It must hold one group of fields in { }, and it does not.</source>
        <translation>Rhaid iddi ddal un grŵp o feysydd yn { }, ac nid yw&apos;n gwneud hynny.</translation>
    </message>
    <message>
        <source>%1 is not a field the program knows. Check its spelling; the fields that can be here are: %2.</source>
        <translation>Nid yw %1 yn faes y mae&apos;r rhaglen yn ei adnabod. Gwiriwch y sillafu; y meysydd a all fod yma yw: %2.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Mae %1 ar goll.</translation>
    </message>
    <message>
        <source>%1 must be text in quotes.</source>
        <translation>Rhaid i %1 fod yn destun mewn dyfynodau.</translation>
    </message>
    <message>
        <source>%1 is empty: it needs some words.</source>
        <translation>Mae %1 yn wag: mae angen geiriau ynddo.</translation>
    </message>
    <message>
        <source>%1 must be a short name of letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot; (at most 64, for example &quot;personal-care&quot;), not %2.</source>
        <translation>Rhaid i %1 fod yn enw byr o lythrennau, digidau, &quot;-&quot;, &quot;_&quot; neu &quot;.&quot; (64 ar y mwyaf, er enghraifft &quot;personal-care&quot;), nid %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of pence, without quotes (for example 4250 for £42.50).</source>
        <translation>Rhaid i %1 fod yn nifer cyfan o geiniogau, heb ddyfynodau (er enghraifft 4250 am £42.50).</translation>
    </message>
    <message>
        <source>%1 must be a whole number of points, without quotes.</source>
        <translation>Rhaid i %1 fod yn nifer cyfan o bwyntiau, heb ddyfynodau.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of hundredths of a percent, without quotes (for example -1000 for 10% less).</source>
        <translation>Rhaid i %1 fod yn nifer cyfan o ganfedau o ganran, heb ddyfynodau (er enghraifft -1000 am 10% yn llai).</translation>
    </message>
    <message>
        <source>%1 must be a whole number, without quotes.</source>
        <translation>Rhaid i %1 fod yn rhif cyfan, heb ddyfynodau.</translation>
    </message>
    <message>
        <source>%1 must be true or false, without quotes.</source>
        <translation>Rhaid i %1 fod yn true neu false, heb ddyfynodau.</translation>
    </message>
    <message>
        <source>%1 must be a date written as year-month-day, for example &quot;2024-04-01&quot;.</source>
        <translation>Rhaid i %1 fod yn ddyddiad wedi&apos;i ysgrifennu fel blwyddyn-mis-diwrnod, er enghraifft &quot;2024-04-01&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a group of fields in { }.</source>
        <translation>Rhaid i %1 fod yn grŵp o feysydd yn { }.</translation>
    </message>
    <message>
        <source>%1 must be a list in [ ].</source>
        <translation>Rhaid i %1 fod yn rhestr yn [ ].</translation>
    </message>
</context>
<context>
    <name>ListEntryCommand</name>
    <message>
        <source>add an outcome</source>
        <translation>ychwanegu canlyniad</translation>
    </message>
    <message>
        <source>remove an outcome</source>
        <translation>tynnu canlyniad</translation>
    </message>
    <message>
        <source>add support</source>
        <translation>ychwanegu cymorth</translation>
    </message>
    <message>
        <source>remove support</source>
        <translation>tynnu cymorth</translation>
    </message>
</context>
<context>
    <name>ModelLabels</name>
    <message>
        <source>%1 a week</source>
        <translation>%1 yr wythnos</translation>
    </message>
    <message>
        <source>%1 every four weeks</source>
        <translation>%1 bob pedair wythnos</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 y mis</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 y flwyddyn</translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation>%1, unwaith</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Unwaith yr wythnos</translation>
    </message>
    <message>
        <source>Once every four weeks</source>
        <translation>Unwaith bob pedair wythnos</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Unwaith y mis</translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>Unwaith y flwyddyn</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Unwaith</translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation>%1 gwaith yr wythnos</translation>
    </message>
    <message>
        <source>%1 times every four weeks</source>
        <translation>%1 gwaith bob pedair wythnos</translation>
    </message>
    <message>
        <source>%1 times a month</source>
        <translation>%1 gwaith y mis</translation>
    </message>
    <message>
        <source>%1 times a year</source>
        <translation>%1 gwaith y flwyddyn</translation>
    </message>
    <message>
        <source>Personal care and comfort</source>
        <translation>Gofal personol a chysur</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Bwyd a diod</translation>
    </message>
    <message>
        <source>Feeling safe</source>
        <translation>Teimlo&apos;n ddiogel</translation>
    </message>
    <message>
        <source>A clean and comfortable home</source>
        <translation>Cartref glân a chyfforddus</translation>
    </message>
    <message>
        <source>Things I do</source>
        <translation>Pethau rydw i&apos;n eu gwneud</translation>
    </message>
    <message>
        <source>People and community</source>
        <translation>Pobl a chymuned</translation>
    </message>
    <message>
        <source>Control over my daily life</source>
        <translation>Rheolaeth dros fy mywyd bob dydd</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Work and learning</source>
        <translation>Gwaith a dysgu</translation>
    </message>
    <message>
        <source>My carer&apos;s own life</source>
        <translation>Bywyd fy ngofalwr ei hun</translation>
    </message>
    <message>
        <source>Direct payment</source>
        <translation>Taliad uniongyrchol</translation>
    </message>
    <message>
        <source>Council-managed</source>
        <translation>Wedi&apos;i reoli gan y cyngor</translation>
    </message>
    <message>
        <source>Individual Service Fund</source>
        <translation>Cronfa Gwasanaeth Unigol</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Trydydd parti</translation>
    </message>
    <message>
        <source>Money paid to you to arrange support yourself (direct payment)</source>
        <translation>Arian sy&apos;n cael ei dalu i chi i drefnu cymorth eich hun (taliad uniongyrchol)</translation>
    </message>
    <message>
        <source>The council arranges it (managed)</source>
        <translation>Y cyngor sy&apos;n ei drefnu (wedi&apos;i reoli)</translation>
    </message>
    <message>
        <source>A provider holds it for you (Individual Service Fund)</source>
        <translation>Mae darparwr yn ei ddal i chi (Cronfa Gwasanaeth Unigol)</translation>
    </message>
    <message>
        <source>Someone manages it for you (third party)</source>
        <translation>Mae rhywun yn ei reoli i chi (trydydd parti)</translation>
    </message>
    <message>
        <source>A mix of these</source>
        <translation>Cymysgedd o&apos;r rhain</translation>
    </message>
    <message>
        <source>Personal assistant</source>
        <translation>Cynorthwyydd personol</translation>
    </message>
    <message>
        <source>Home care from an agency</source>
        <translation>Gofal cartref gan asiantaeth</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>Seibiant byr</translation>
    </message>
    <message>
        <source>Day or community activity</source>
        <translation>Gweithgaredd dydd neu gymunedol</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Hamdden</translation>
    </message>
    <message>
        <source>Equipment or technology</source>
        <translation>Offer neu dechnoleg</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Trafnidiaeth</translation>
    </message>
    <message>
        <source>One-off purchase</source>
        <translation>Pryniant untro</translation>
    </message>
    <message>
        <source>Residential care</source>
        <translation>Gofal preswyl</translation>
    </message>
    <message>
        <source>Unpaid or community support</source>
        <translation>Cymorth di-dâl neu gymunedol</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Council social care</source>
        <translation>Gofal cymdeithasol y cyngor</translation>
    </message>
    <message>
        <source>NHS personal health budget</source>
        <translation>Cyllideb iechyd bersonol yr NHS</translation>
    </message>
    <message>
        <source>NHS continuing healthcare</source>
        <translation>Gofal iechyd parhaus yr NHS</translation>
    </message>
    <message>
        <source>Independent Living Fund</source>
        <translation>Cronfa Byw&apos;n Annibynnol</translation>
    </message>
    <message>
        <source>Disabled Facilities Grant</source>
        <translation>Grant Cyfleusterau i&apos;r Anabl</translation>
    </message>
    <message>
        <source>Access to Work</source>
        <translation>Mynediad i Waith</translation>
    </message>
    <message>
        <source>My own contribution</source>
        <translation>Fy nghyfraniad fy hun</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Wedi&apos;i ddisodli gan fersiwn mwy newydd</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Gwell</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Yr un fath</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Gwaeth</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 awr</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 awr</translation>
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
        <translation>yr wythnos</translation>
    </message>
    <message>
        <source>every four weeks</source>
        <translation>bob pedair wythnos</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>y mis</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>y flwyddyn</translation>
    </message>
    <message>
        <source>once</source>
        <translation>unwaith</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Wythnos</translation>
    </message>
    <message>
        <source>Four weeks</source>
        <translation>Pedair wythnos</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Unwaith</translation>
    </message>
</context>
<context>
    <name>MoneyParser</name>
    <message>
        <source>Enter the amount in pounds, like 120 or 120.50</source>
        <translation>Rhowch y swm mewn punnoedd, fel 120 neu 120.50</translation>
    </message>
    <message>
        <source>Enter an amount of £0 or more, like 120 or 120.50</source>
        <translation>Rhowch swm o £0 neu fwy, fel 120 neu 120.50</translation>
    </message>
    <message>
        <source>Use a point for pence and commas only between thousands, like 1,234.50</source>
        <translation>Defnyddiwch bwynt ar gyfer ceiniogau a chomas dim ond rhwng miloedd, fel 1,234.50</translation>
    </message>
    <message>
        <source>Use no more than 2 digits after the point, like 12.50</source>
        <translation>Defnyddiwch ddim mwy na 2 ddigid ar ôl y pwynt, fel 12.50</translation>
    </message>
    <message>
        <source>That amount is too large. Enter an amount up to £1,000,000,000</source>
        <translation>Mae&apos;r swm hwnnw&apos;n rhy fawr. Rhowch swm hyd at £1,000,000,000</translation>
    </message>
</context>
<context>
    <name>MoveOutcomeCommand</name>
    <message>
        <source>move an outcome</source>
        <translation>symud canlyniad</translation>
    </message>
</context>
<context>
    <name>PaCostCommand</name>
    <message>
        <source>Hours a week, like 16 or 7.5.</source>
        <translation>Oriau&apos;r wythnos, fel 16 neu 7.5.</translation>
    </message>
    <message>
        <source>Hourly wage in pounds, like 12.71.</source>
        <translation>Cyflog yr awr mewn punnoedd, fel 12.71.</translation>
    </message>
    <message>
        <source>A rate table file (default: the one for today).</source>
        <translation>Ffeil tabl cyfraddau (diofyn: yr un ar gyfer heddiw).</translation>
    </message>
    <message>
        <source>Use the built-in rate table for this date (YYYY-MM-DD).</source>
        <translation>Defnyddio&apos;r tabl cyfraddau sydd wedi&apos;i gynnwys ar gyfer y dyddiad hwn (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The employer claims Employment Allowance.</source>
        <translation>Mae&apos;r cyflogwr yn hawlio Lwfans Cyflogaeth.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>dadl annisgwyl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give both --hours and --wage, like: pbplanner pa-cost --hours 16 --wage 12.71</source>
        <translation>rhowch --hours a --wage, fel hyn: pbplanner pa-cost --hours 16 --wage 12.71</translation>
    </message>
    <message>
        <source>--hours: %1</source>
        <translation>--hours: %1</translation>
    </message>
    <message>
        <source>--hours: a week has 168 hours; enter the hours a week</source>
        <translation>--hours: mae 168 awr mewn wythnos; rhowch yr oriau bob wythnos</translation>
    </message>
    <message>
        <source>--wage: %1</source>
        <translation>--wage: %1</translation>
    </message>
    <message>
        <source>--date: write the date as YYYY-MM-DD, like 2026-04-06</source>
        <translation>--date: ysgrifennwch y dyddiad fel YYYY-MM-DD, fel 2026-04-06</translation>
    </message>
    <message>
        <source>A personal assistant for %1 hours a week at %2 an hour</source>
        <translation>Cynorthwyydd personol am %1 awr yr wythnos ar %2 yr awr</translation>
    </message>
    <message>
        <source>Total: %1, which is %2 or %3.</source>
        <translation>Cyfanswm: %1, sef %2 neu %3.</translation>
    </message>
    <message>
        <source>Rates as of %1 (%2).</source>
        <translation>Cyfraddau ar %1 (%2).</translation>
    </message>
    <message>
        <source>Work out the true cost of employing a personal assistant.</source>
        <translation>Cyfrifo gwir gost cyflogi cynorthwyydd personol.</translation>
    </message>
</context>
<context>
    <name>PersonalAssistantCost</name>
    <message>
        <source>1 hour</source>
        <extracomment>how many hours, e.g. &quot;1 hour&quot; or &quot;7.5 hours&quot;</extracomment>
        <translation>1 awr</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 awr</translation>
    </message>
    <message>
        <source>%1 a week at %2 an hour, for %3 weeks</source>
        <extracomment>e.g. &quot;10 hours a week at £12.71 an hour, for 52 weeks&quot;</extracomment>
        <translation>%1 yr wythnos ar %2 yr awr, am %3 wythnos</translation>
    </message>
    <message>
        <source>%1 every four weeks at %2 an hour, %3 times a year</source>
        <translation>%1 bob pedair wythnos ar %2 yr awr, %3 gwaith y flwyddyn</translation>
    </message>
    <message>
        <source>%1 a month at %2 an hour, for %3 months</source>
        <translation>%1 y mis ar %2 yr awr, am %3 mis</translation>
    </message>
    <message>
        <source>%1 a year at %2 an hour</source>
        <translation>%1 y flwyddyn ar %2 yr awr</translation>
    </message>
    <message>
        <source>%1 at %2 an hour, once</source>
        <translation>%1 ar %2 yr awr, unwaith</translation>
    </message>
    <message>
        <source>(a typical figure, not a quote)</source>
        <translation>(ffigur nodweddiadol, nid dyfynbris)</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Cyflogau</translation>
    </message>
    <message>
        <source>Holiday pay</source>
        <translation>Tâl gwyliau</translation>
    </message>
    <message>
        <source>%1 of wages, for %2 weeks of paid holiday a year</source>
        <extracomment>e.g. &quot;12.07% of wages, for 5.6 weeks of paid holiday a year&quot;</extracomment>
        <translation>%1 o&apos;r cyflog, am %2 wythnos o wyliau â thâl y flwyddyn</translation>
    </message>
    <message>
        <source>Nothing to pay: pay of %1 a year, with holiday pay, is not above %2 a year</source>
        <extracomment>%1 is the yearly pay with holiday pay, %2 the threshold</extracomment>
        <translation>Dim i&apos;w dalu: nid yw tâl o %1 y flwyddyn, gyda thâl gwyliau, yn uwch na %2 y flwyddyn</translation>
    </message>
    <message>
        <source>%1 of pay above %2 a year (pay is %3 a year with holiday pay)</source>
        <extracomment>e.g. &quot;15% of pay above £5,000 a year (pay is £7,406.93 a year with holiday pay)&quot;</extracomment>
        <translation>%1 o dâl uwchben %2 y flwyddyn (y tâl yw %3 y flwyddyn gyda thâl gwyliau)</translation>
    </message>
    <message>
        <source>%1 of pay above %2 a year is %3, all paid for by the Employment Allowance</source>
        <translation>%1 o dâl uwchben %2 y flwyddyn yw %3, a&apos;r cyfan wedi&apos;i dalu gan y Lwfans Cyflogaeth</translation>
    </message>
    <message>
        <source>%1 of pay above %2 a year is %3, less %4 from the Employment Allowance</source>
        <translation>%1 o dâl uwchben %2 y flwyddyn yw %3, llai %4 o&apos;r Lwfans Cyflogaeth</translation>
    </message>
    <message numerus="yes">
        <source>(the allowance of %1 a year is shared between %n assistants)</source>
        <translation>
            <numerusform>(mae&apos;r lwfans o %1 y flwyddyn yn cael ei rannu rhwng %n o gynorthwywyr)</numerusform>
            <numerusform>(mae&apos;r lwfans o %1 y flwyddyn yn cael ei rannu rhwng %n o gynorthwywyr)</numerusform>
            <numerusform>(mae&apos;r lwfans o %1 y flwyddyn yn cael ei rannu rhwng %n o gynorthwywyr)</numerusform>
            <numerusform>(mae&apos;r lwfans o %1 y flwyddyn yn cael ei rannu rhwng %n o gynorthwywyr)</numerusform>
            <numerusform>(mae&apos;r lwfans o %1 y flwyddyn yn cael ei rannu rhwng %n o gynorthwywyr)</numerusform>
        </translation>
    </message>
    <message>
        <source>Employer&apos;s National Insurance</source>
        <translation>Yswiriant Gwladol y cyflogwr</translation>
    </message>
    <message>
        <source>%1 of pay between %2 and %3 a year</source>
        <extracomment>e.g. &quot;3% of pay between £6,240 and £50,270 a year&quot;</extracomment>
        <translation>%1 o dâl rhwng %2 a %3 y flwyddyn</translation>
    </message>
    <message>
        <source>Nothing to pay: pay of %1 a year is under %2 a year, so the assistant does not have to be put in a pension scheme</source>
        <translation>Dim i&apos;w dalu: mae tâl o %1 y flwyddyn yn llai na %2 y flwyddyn, felly does dim rhaid rhoi&apos;r cynorthwyydd mewn cynllun pensiwn</translation>
    </message>
    <message>
        <source>Workplace pension</source>
        <translation>Pensiwn gweithle</translation>
    </message>
    <message>
        <source>A yearly premium of %1</source>
        <translation>Premiwm blynyddol o %1</translation>
    </message>
    <message numerus="yes">
        <source>A yearly premium of %1, shared between %n assistants</source>
        <translation>
            <numerusform>Premiwm blynyddol o %1, wedi&apos;i rannu rhwng %n o gynorthwywyr</numerusform>
            <numerusform>Premiwm blynyddol o %1, wedi&apos;i rannu rhwng %n o gynorthwywyr</numerusform>
            <numerusform>Premiwm blynyddol o %1, wedi&apos;i rannu rhwng %n o gynorthwywyr</numerusform>
            <numerusform>Premiwm blynyddol o %1, wedi&apos;i rannu rhwng %n o gynorthwywyr</numerusform>
            <numerusform>Premiwm blynyddol o %1, wedi&apos;i rannu rhwng %n o gynorthwywyr</numerusform>
        </translation>
    </message>
    <message>
        <source>Employer&apos;s liability insurance</source>
        <translation>Yswiriant atebolrwydd cyflogwr</translation>
    </message>
    <message>
        <source>%1 a month for 12 months</source>
        <translation>%1 y mis am 12 mis</translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for 12 months, shared between %n assistants</source>
        <translation>
            <numerusform>%1 y mis am 12 mis, wedi&apos;i rannu rhwng %n o gynorthwywyr</numerusform>
            <numerusform>%1 y mis am 12 mis, wedi&apos;i rannu rhwng %n o gynorthwywyr</numerusform>
            <numerusform>%1 y mis am 12 mis, wedi&apos;i rannu rhwng %n o gynorthwywyr</numerusform>
            <numerusform>%1 y mis am 12 mis, wedi&apos;i rannu rhwng %n o gynorthwywyr</numerusform>
            <numerusform>%1 y mis am 12 mis, wedi&apos;i rannu rhwng %n o gynorthwywyr</numerusform>
        </translation>
    </message>
    <message>
        <source>Payroll service</source>
        <translation>Gwasanaeth cyflogres</translation>
    </message>
    <message>
        <source>Money set aside for cover and sick pay</source>
        <translation>Arian wedi&apos;i neilltuo ar gyfer cyflenwi a thâl salwch</translation>
    </message>
    <message>
        <source>%1 of wages</source>
        <translation>%1 o&apos;r cyflog</translation>
    </message>
    <message numerus="yes">
        <source>Wages for %n pieces of support</source>
        <translation>
            <numerusform>Cyflogau ar gyfer %n darn o gymorth</numerusform>
            <numerusform>Cyflogau ar gyfer %n darn o gymorth</numerusform>
            <numerusform>Cyflogau ar gyfer %n darn o gymorth</numerusform>
            <numerusform>Cyflogau ar gyfer %n darn o gymorth</numerusform>
            <numerusform>Cyflogau ar gyfer %n darn o gymorth</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanChecker</name>
    <message>
        <source>You haven&apos;t added your budget yet. When you know it, add it under “My budget” so your plan can be checked against it.</source>
        <translation>Dydych chi ddim wedi ychwanegu eich cyllideb eto. Pan fyddwch chi&apos;n ei gwybod, ychwanegwch hi o dan “Fy nghyllideb” fel bod modd gwirio eich cynllun yn ei herbyn.</translation>
    </message>
    <message>
        <source>Your plan is %1 more than your budget. You could reduce some support, or ask the council to look again at your budget.</source>
        <extracomment>%1 is an amount with its period, e.g. &quot;£1,200 a year&quot;</extracomment>
        <translation>Mae eich cynllun %1 yn fwy na&apos;ch cyllideb. Gallech leihau rhywfaint o gymorth, neu ofyn i&apos;r cyngor edrych eto ar eich cyllideb.</translation>
    </message>
    <message>
        <source>%1 of your budget is not planned yet. You could add support for what matters to you, or talk to the council about it: money that is not used may be taken back.</source>
        <translation>Nid yw %1 o&apos;ch cyllideb wedi&apos;i gynllunio eto. Gallech ychwanegu cymorth ar gyfer beth sy&apos;n bwysig i chi, neu siarad â&apos;r cyngor amdano: efallai y bydd arian sydd heb ei ddefnyddio yn cael ei gymryd yn ôl.</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1, but your budget is %2. You could check the amounts under “My budget”.</source>
        <translation>Mae eich ffrydiau ariannu yn dod i %1, ond eich cyllideb yw %2. Gallech wirio&apos;r symiau o dan “Fy nghyllideb”.</translation>
    </message>
    <message>
        <source>Your plan pays %1 from “%2”, but your budget has %3 from it. You could pay for some support another way, or check the amounts.</source>
        <translation>Mae eich cynllun yn talu %1 o “%2”, ond mae gan eich cyllideb %3 ohono. Gallech dalu am rywfaint o gymorth mewn ffordd arall, neu wirio&apos;r symiau.</translation>
    </message>
    <message>
        <source>“%1” is paid from “%2”, but your budget has no money from it. You could choose another way to pay for it, or add this funding to your budget.</source>
        <translation>Mae “%1” yn cael ei dalu o “%2”, ond does gan eich cyllideb ddim arian ohono. Gallech ddewis ffordd arall o dalu amdano, neu ychwanegu&apos;r arian hwn at eich cyllideb.</translation>
    </message>
    <message>
        <source>“%1” is paid from Access to Work, which only pays for support you need for work. You could link it to a work or learning outcome, or pay for it another way.</source>
        <translation>Mae “%1” yn cael ei dalu o Fynediad i Waith, sydd ond yn talu am gymorth sydd ei angen arnoch ar gyfer gwaith. Gallech ei gysylltu â chanlyniad gwaith neu ddysgu, neu dalu amdano mewn ffordd arall.</translation>
    </message>
    <message>
        <source>“%1” is paid from a Disabled Facilities Grant, which only pays for changes to your home, like a ramp or a level-access shower. You could pay for it another way.</source>
        <translation>Mae “%1” yn cael ei dalu o Grant Cyfleusterau i&apos;r Anabl, sydd ond yn talu am newidiadau i&apos;ch cartref, fel ramp neu gawod mynediad gwastad. Gallech dalu amdano mewn ffordd arall.</translation>
    </message>
    <message>
        <source>Your plan doesn&apos;t say what matters to you yet. You could add a few things you want to achieve under “What matters to me”, so your support can be planned around them.</source>
        <translation>Nid yw eich cynllun yn dweud beth sy&apos;n bwysig i chi eto. Gallech ychwanegu ychydig o bethau rydych chi eisiau eu cyflawni o dan “Beth sy&apos;n bwysig i mi”, fel bod modd cynllunio eich cymorth o&apos;u cwmpas.</translation>
    </message>
    <message>
        <source>Nothing in your plan helps with “%1” yet. You could add support for it, or help from family, friends or your community.</source>
        <translation>Does dim yn eich cynllun yn helpu gyda “%1” eto. Gallech ychwanegu cymorth ar ei gyfer, neu help gan deulu, ffrindiau neu eich cymuned.</translation>
    </message>
    <message>
        <source>You haven&apos;t chosen which outcomes matter most to you. You could mark your 3 most important ones, so everyone knows what comes first.</source>
        <translation>Dydych chi ddim wedi dewis pa ganlyniadau sydd bwysicaf i chi. Gallech farcio eich 3 pwysicaf, fel bod pawb yn gwybod beth sy&apos;n dod gyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>You have marked %n outcome(s) as most important. You could mark 3, so everyone knows what comes first.</source>
        <translation>
            <numerusform>Nifer y canlyniadau rydych chi wedi&apos;u marcio fel y pwysicaf: %n. Gallech farcio 3, fel bod pawb yn gwybod beth sy&apos;n dod gyntaf.</numerusform>
            <numerusform>Nifer y canlyniadau rydych chi wedi&apos;u marcio fel y pwysicaf: %n. Gallech farcio 3, fel bod pawb yn gwybod beth sy&apos;n dod gyntaf.</numerusform>
            <numerusform>Nifer y canlyniadau rydych chi wedi&apos;u marcio fel y pwysicaf: %n. Gallech farcio 3, fel bod pawb yn gwybod beth sy&apos;n dod gyntaf.</numerusform>
            <numerusform>Nifer y canlyniadau rydych chi wedi&apos;u marcio fel y pwysicaf: %n. Gallech farcio 3, fel bod pawb yn gwybod beth sy&apos;n dod gyntaf.</numerusform>
            <numerusform>Nifer y canlyniadau rydych chi wedi&apos;u marcio fel y pwysicaf: %n. Gallech farcio 3, fel bod pawb yn gwybod beth sy&apos;n dod gyntaf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have marked %n outcomes as most important. You could choose the 3 that matter most, so everyone knows what comes first.</source>
        <translation>
            <numerusform>Nifer y canlyniadau rydych chi wedi&apos;u marcio fel y pwysicaf: %n. Gallech ddewis y 3 sydd bwysicaf, fel bod pawb yn gwybod beth sy&apos;n dod gyntaf.</numerusform>
            <numerusform>Nifer y canlyniadau rydych chi wedi&apos;u marcio fel y pwysicaf: %n. Gallech ddewis y 3 sydd bwysicaf, fel bod pawb yn gwybod beth sy&apos;n dod gyntaf.</numerusform>
            <numerusform>Nifer y canlyniadau rydych chi wedi&apos;u marcio fel y pwysicaf: %n. Gallech ddewis y 3 sydd bwysicaf, fel bod pawb yn gwybod beth sy&apos;n dod gyntaf.</numerusform>
            <numerusform>Nifer y canlyniadau rydych chi wedi&apos;u marcio fel y pwysicaf: %n. Gallech ddewis y 3 sydd bwysicaf, fel bod pawb yn gwybod beth sy&apos;n dod gyntaf.</numerusform>
            <numerusform>Nifer y canlyniadau rydych chi wedi&apos;u marcio fel y pwysicaf: %n. Gallech ddewis y 3 sydd bwysicaf, fel bod pawb yn gwybod beth sy&apos;n dod gyntaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” isn&apos;t linked to any of your outcomes. You could say which outcome it helps with, so the council can see why it&apos;s in your plan.</source>
        <translation>Nid yw “%1” wedi&apos;i gysylltu ag unrhyw un o&apos;ch canlyniadau. Gallech ddweud pa ganlyniad y mae&apos;n helpu ag ef, fel bod y cyngor yn gallu gweld pam mae yn eich cynllun.</translation>
    </message>
    <message>
        <source>“%1” has no cost yet. You could add its price and how much you need, so your plan adds up.</source>
        <translation>Does dim cost i “%1” eto. Gallech ychwanegu ei bris a faint sydd ei angen arnoch, fel bod cyfansymiau eich cynllun yn gywir.</translation>
    </message>
    <message>
        <source>“%1” is long-term residential care, which money paid to you (a direct payment) can&apos;t pay for. The council can arrange it for you instead. Short stays away from home (short breaks) are fine.</source>
        <translation>Gofal preswyl tymor hir yw “%1”, ac ni all arian sy&apos;n cael ei dalu i chi (taliad uniongyrchol) dalu amdano. Gall y cyngor ei drefnu i chi yn lle hynny. Mae arosiadau byr oddi cartref (seibiannau byr) yn iawn.</translation>
    </message>
    <message>
        <source>“%1” is paid %2 an hour. The law says a personal assistant aged %3 or over must be paid at least %4 an hour (the National Living Wage from %5). You could raise the hourly pay. If your assistant is younger or an apprentice, a lower minimum may apply.</source>
        <translation>Mae “%1” yn cael ei dalu %2 yr awr. Mae&apos;r gyfraith yn dweud bod rhaid talu o leiaf %4 yr awr i gynorthwyydd personol sy&apos;n %3 oed neu&apos;n hŷn (y Cyflog Byw Cenedlaethol o %5). Gallech godi&apos;r tâl yr awr. Os yw eich cynorthwyydd yn iau neu&apos;n brentis, efallai y bydd isafswm is yn berthnasol.</translation>
    </message>
    <message>
        <source>“%1” pays a close relative who lives with you from your direct payment. This is only allowed if the council agrees it is necessary. You could ask the council, and note in your plan when they agree.</source>
        <translation>Mae “%1” yn talu perthynas agos sy&apos;n byw gyda chi o&apos;ch taliad uniongyrchol. Dim ond os yw&apos;r cyngor yn cytuno ei fod yn angenrheidiol y caniateir hyn. Gallech ofyn i&apos;r cyngor, a nodi yn eich cynllun pryd maen nhw&apos;n cytuno.</translation>
    </message>
    <message>
        <source>“%1” is paid from an Individual Service Fund, but no provider is named. You could add the provider who will hold the money and arrange the support.</source>
        <translation>Mae “%1” yn cael ei dalu o Gronfa Gwasanaeth Unigol, ond does dim darparwr wedi&apos;i enwi. Gallech ychwanegu&apos;r darparwr a fydd yn dal yr arian ac yn trefnu&apos;r cymorth.</translation>
    </message>
    <message>
        <source>Your plan doesn&apos;t say what happens if your usual support can&apos;t come, for example if your assistant is ill. You could add a back-up plan: who to call, and what they will do.</source>
        <translation>Nid yw eich cynllun yn dweud beth sy&apos;n digwydd os na all eich cymorth arferol ddod, er enghraifft os yw eich cynorthwyydd yn sâl. Gallech ychwanegu cynllun wrth gefn: pwy i&apos;w ffonio, a beth fyddan nhw&apos;n ei wneud.</translation>
    </message>
    <message>
        <source>The pay rates used for personal assistants are for %1 to %2, but your plan is for %3. The costs may be a little different.</source>
        <translation>Mae&apos;r cyfraddau tâl a ddefnyddir ar gyfer cynorthwywyr personol ar gyfer %1 i %2, ond mae eich cynllun ar gyfer %3. Gall y costau fod ychydig yn wahanol.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>This file is damaged or is not a plan file, so nothing was imported. Ask the person who sent it for a new copy.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i difrodi neu nid yw&apos;n ffeil gynllun, felly ni chafodd dim ei fewnforio. Gofynnwch i&apos;r sawl a&apos;i hanfonodd am gopi newydd.</translation>
    </message>
    <message>
        <source>This file is empty, so nothing was imported. Ask the person who sent it for a new copy.</source>
        <translation>Mae&apos;r ffeil hon yn wag, felly ni chafodd dim ei fewnforio. Gofynnwch i&apos;r sawl a&apos;i hanfonodd am gopi newydd.</translation>
    </message>
    <message>
        <source>This file is too big to be a plan file (more than %L1 MB), so nothing was imported.</source>
        <translation>Mae&apos;r ffeil hon yn rhy fawr i fod yn ffeil gynllun (mwy na %L1 MB), felly ni chafodd dim ei fewnforio.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of Personal Budget Planner (format %1). Install the newer version to open it.</source>
        <translation>Cafodd y cynllun hwn ei gadw gan fersiwn mwy newydd o Personal Budget Planner (fformat %1). Gosodwch y fersiwn mwy newydd i&apos;w agor.</translation>
    </message>
    <message>
        <source>This plan uses something this version of Personal Budget Planner does not know about, so nothing was imported. It may have been saved by a newer version: install the newer version to open it.</source>
        <translation>Mae&apos;r cynllun hwn yn defnyddio rhywbeth nad yw&apos;r fersiwn hwn o Personal Budget Planner yn ei adnabod, felly ni chafodd dim ei fewnforio. Efallai ei fod wedi&apos;i gadw gan fersiwn mwy newydd: gosodwch y fersiwn mwy newydd i&apos;w agor.</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1. Check that the folder exists and that you may save files there, then try again.</source>
        <translation>Nid oedd modd cadw&apos;r cynllun fel %1. Gwiriwch fod y ffolder yn bodoli a&apos;ch bod yn cael cadw ffeiliau yno, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1: the disk may be full. Nothing was changed. Free some space, then try again.</source>
        <translation>Nid oedd modd cadw&apos;r cynllun fel %1: efallai fod y ddisg yn llawn. Ni newidiwyd dim. Rhyddhewch rywfaint o le, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1. Nothing was changed. Check that you may save files there, then try again.</source>
        <translation>Nid oedd modd cadw&apos;r cynllun fel %1. Ni newidiwyd dim. Gwiriwch fod hawl gennych i gadw ffeiliau yno, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The file %1 could not be found, so nothing was imported. Check the name and the folder, then try again.</source>
        <translation>Nid oedd modd dod o hyd i&apos;r ffeil %1, felly ni chafodd dim ei fewnforio. Gwiriwch yr enw a&apos;r ffolder, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file, so nothing was imported. Choose a file ending in .pbplan.</source>
        <translation>Ffolder yw %1, nid ffeil gynllun, felly ni chafodd dim ei fewnforio. Dewiswch ffeil sy&apos;n gorffen gyda .pbplan.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened, so nothing was imported. Check that you may read it, then try again.</source>
        <translation>Nid oedd modd agor y ffeil %1, felly ni chafodd dim ei fewnforio. Gwiriwch fod hawl gennych i&apos;w darllen, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was imported. Try again, or ask for a new copy.</source>
        <translation>Nid oedd modd darllen y ffeil %1, felly ni chafodd dim ei fewnforio. Rhowch gynnig arall arni, neu gofynnwch am gopi newydd.</translation>
    </message>
</context>
<context>
    <name>PlanFileCommand</name>
    <message>
        <source>The plan file to read.</source>
        <translation>Y ffeil gynllun i&apos;w darllen.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>Cost personal assistants with this rate table instead of the one for the plan&apos;s date.</source>
        <translation>Cyfrifo cost cynorthwywyr personol gyda&apos;r tabl cyfraddau hwn yn lle&apos;r un ar gyfer dyddiad y cynllun.</translation>
    </message>
    <message>
        <source>give exactly one plan file, like: pbplanner %1 my-plan.pbplan</source>
        <translation>rhowch un ffeil gynllun yn union, fel hyn: pbplanner %1 my-plan.pbplan</translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <source>Print your plan</source>
        <translation>Argraffu eich cynllun</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Rhagolwg argraffu: %1</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>This version hasn&apos;t been agreed yet, so there is no agreed copy of it to show.</source>
        <translation>Nid yw&apos;r fersiwn hwn wedi&apos;i gytuno eto, felly does dim copi wedi&apos;i gytuno i&apos;w ddangos.</translation>
    </message>
    <message>
        <source>This version has been agreed and can&apos;t be changed. Make a new version to change it.</source>
        <translation>Mae&apos;r fersiwn hwn wedi&apos;i gytuno ac nid oes modd ei newid. Gwnewch fersiwn newydd i&apos;w newid.</translation>
    </message>
    <message>
        <source>This version was agreed on %1 and can&apos;t be changed. Make a new version to change it.</source>
        <translation>Cafodd y fersiwn hwn ei gytuno ar %1 ac nid oes modd ei newid. Gwnewch fersiwn newydd i&apos;w newid.</translation>
    </message>
    <message>
        <source>This version has been replaced by a newer version, so it can&apos;t be changed. Open the current version to make changes.</source>
        <translation>Mae fersiwn mwy newydd wedi disodli&apos;r fersiwn hwn, felly nid oes modd ei newid. Agorwch y fersiwn presennol i wneud newidiadau.</translation>
    </message>
    <message>
        <source>This version was agreed on %1 and has since been replaced by a newer version, so it can&apos;t be changed. Open the current version to make changes.</source>
        <translation>Cafodd y fersiwn hwn ei gytuno ar %1 ac ers hynny mae fersiwn mwy newydd wedi cymryd ei le, felly nid oes modd ei newid. Agorwch y fersiwn presennol i wneud newidiadau.</translation>
    </message>
    <message>
        <source>This version hasn&apos;t been agreed yet. A review looks back at an agreed plan, so agree the plan first.</source>
        <translation>Nid yw&apos;r fersiwn hwn wedi&apos;i gytuno eto. Mae adolygiad yn edrych yn ôl ar gynllun sydd wedi&apos;i gytuno, felly cytunwch ar y cynllun yn gyntaf.</translation>
    </message>
    <message>
        <source>This version has been replaced by a newer agreed version. Add the review to the current version.</source>
        <translation>Mae fersiwn mwy newydd sydd wedi&apos;i gytuno wedi disodli&apos;r fersiwn hwn. Ychwanegwch yr adolygiad at y fersiwn presennol.</translation>
    </message>
    <message>
        <source>%1 already has a draft plan (version %2). Open it to make changes.</source>
        <translation>Mae gan %1 gynllun drafft yn barod (fersiwn %2). Agorwch ef i wneud newidiadau.</translation>
    </message>
    <message>
        <source>This version is still a draft, so it can be changed as it is: no new version is needed.</source>
        <translation>Drafft yw&apos;r fersiwn hwn o hyd, felly gellir ei newid fel y mae: does dim angen fersiwn newydd.</translation>
    </message>
    <message>
        <source>This version has been replaced by a newer one. Make changes from the current version instead.</source>
        <translation>Mae fersiwn mwy newydd wedi disodli&apos;r fersiwn hwn. Gwnewch newidiadau o&apos;r fersiwn presennol yn lle hynny.</translation>
    </message>
    <message>
        <source>Version %1 of this plan already exists. Open it to make changes.</source>
        <translation>Mae fersiwn %1 o&apos;r cynllun hwn yn bodoli&apos;n barod. Agorwch ef i wneud newidiadau.</translation>
    </message>
    <message>
        <source>Say who agreed the plan (a name, and their role if it helps), then agree it again. Nothing was changed.</source>
        <translation>Dywedwch pwy gytunodd ar y cynllun (enw, a&apos;u rôl os yw&apos;n helpu), yna cytunwch arno eto. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Choose a date for the first review, then agree the plan again. Nothing was changed.</source>
        <translation>Dewiswch ddyddiad ar gyfer yr adolygiad cyntaf, yna cytunwch ar y cynllun eto. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The review date is before the day the plan is agreed. Choose a later review date, then agree the plan again. Nothing was changed.</source>
        <translation>Mae dyddiad yr adolygiad cyn y diwrnod y cytunir ar y cynllun. Dewiswch ddyddiad adolygu diweddarach, yna cytunwch ar y cynllun eto. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The next review is before the day of this review. Choose a later date for the next review. Nothing was changed.</source>
        <translation>Mae&apos;r adolygiad nesaf cyn diwrnod yr adolygiad hwn. Dewiswch ddyddiad diweddarach ar gyfer yr adolygiad nesaf. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Fy enw</translation>
    </message>
    <message>
        <source>Who helps me with this plan</source>
        <translation>Pwy sy&apos;n fy helpu gyda&apos;r cynllun hwn</translation>
    </message>
    <message>
        <source>The language I prefer</source>
        <translation>Yr iaith sy&apos;n well gen i</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Easy-read</source>
        <translation>Hawdd ei ddeall</translation>
    </message>
    <message>
        <source>Yes, I would like my plan in easy-read</source>
        <translation>Ie, hoffwn i gael fy nghynllun mewn fersiwn hawdd ei ddeall</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>My budget</source>
        <translation>Fy nghyllideb</translation>
    </message>
    <message>
        <source>Not added yet</source>
        <translation>Heb ei hychwanegu eto</translation>
    </message>
    <message>
        <source>The amount the council suggests (indicative budget)</source>
        <translation>Y swm y mae&apos;r cyngor yn ei awgrymu (cyllideb ddangosol)</translation>
    </message>
    <message>
        <source>The amount agreed (agreed budget)</source>
        <translation>Y swm y cytunwyd arno (cyllideb wedi&apos;i chytuno)</translation>
    </message>
    <message>
        <source>Dates</source>
        <extracomment>the dates a budget covers: &quot;1 December 2026 to 30 November 2027&quot;</extracomment>
        <translation>Dyddiadau</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Heb ei osod eto</translation>
    </message>
    <message>
        <source>How the amount was worked out</source>
        <translation>Sut cafodd y swm ei gyfrifo</translation>
    </message>
    <message>
        <source>From my answers to the council&apos;s questions (resource allocation system)</source>
        <translation>O fy atebion i gwestiynau&apos;r cyngor (system dyrannu adnoddau)</translation>
    </message>
    <message>
        <source>A figure from the council</source>
        <translation>Ffigur gan y cyngor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a funding stream: &quot;NHS personal health budget: £6,200 a year&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>Gyda&apos;i gilydd: %1</translation>
    </message>
    <message>
        <source>Where the money comes from (funding streams)</source>
        <translation>O ble mae&apos;r arian yn dod (ffrydiau ariannu)</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Heb eu rhestru</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Dim wedi&apos;i ysgrifennu eto</translation>
    </message>
    <message>
        <source>No words yet</source>
        <translation>Dim geiriau eto</translation>
    </message>
    <message>
        <source>Part of life: %1</source>
        <extracomment>%1 is a life area, e.g. &quot;Health&quot;</extracomment>
        <translation>Rhan o fywyd: %1</translation>
    </message>
    <message>
        <source>How I will know it is working: %1</source>
        <translation>Sut bydda i&apos;n gwybod ei fod yn gweithio: %1</translation>
    </message>
    <message>
        <source>One of my three most important</source>
        <translation>Un o fy nhri pheth pwysicaf</translation>
    </message>
    <message>
        <source>Also matters to me</source>
        <translation>Hefyd yn bwysig i mi</translation>
    </message>
    <message>
        <source>Who looks after the money</source>
        <translation>Pwy sy&apos;n gofalu am yr arian</translation>
    </message>
    <message>
        <source>Who the money is paid to (nominee)</source>
        <translation>I bwy mae&apos;r arian yn cael ei dalu (enwebai)</translation>
    </message>
    <message>
        <source>The provider who holds the money</source>
        <translation>Y darparwr sy&apos;n dal yr arian</translation>
    </message>
    <message>
        <source>Who manages the money for me</source>
        <translation>Pwy sy&apos;n rheoli&apos;r arian i mi</translation>
    </message>
    <message>
        <source>How my support is paid for</source>
        <translation>Sut mae fy nghymorth yn cael ei dalu</translation>
    </message>
    <message>
        <source>My support</source>
        <translation>Fy nghymorth</translation>
    </message>
    <message>
        <source>Nothing added yet</source>
        <translation>Dim wedi&apos;i ychwanegu eto</translation>
    </message>
    <message>
        <source>Costs nothing (unpaid)</source>
        <translation>Dim cost (di-dâl)</translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>%1 is who provides the support, e.g. &quot;Oldham Physio Centre&quot;</extracomment>
        <translation>Gan %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>the planned cost in the budget&apos;s period, then a year: &quot;£120 a week (£6,240 a year)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total cost of my support</source>
        <translation>Cyfanswm cost fy nghymorth</translation>
    </message>
    <message>
        <source>More than my budget</source>
        <translation>Mwy na fy nghyllideb</translation>
    </message>
    <message>
        <source>Left over</source>
        <translation>Dros ben</translation>
    </message>
    <message>
        <source>Personal assistants I employ</source>
        <translation>Cynorthwywyr personol rydw i&apos;n eu cyflogi</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What happens if my support can&apos;t come</source>
        <translation>Beth sy&apos;n digwydd os na all fy nghymorth ddod</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Heb ei ysgrifennu eto</translation>
    </message>
    <message>
        <source>Who to call (back-up contact)</source>
        <translation>Pwy i&apos;w ffonio (cyswllt wrth gefn)</translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <source>a piece of text is longer than %L1 characters</source>
        <translation>mae darn o destun yn hirach na %L1 nod</translation>
    </message>
    <message>
        <source>an amount of money is less than nothing</source>
        <translation>mae swm o arian yn llai na dim</translation>
    </message>
    <message>
        <source>an amount of money is more than %1</source>
        <translation>mae swm o arian yn fwy na %1</translation>
    </message>
    <message>
        <source>a record number is less than zero</source>
        <translation>mae rhif cofnod yn llai na sero</translation>
    </message>
    <message>
        <source>%1 has a number less than zero</source>
        <translation>mae gan %1 rif sy&apos;n llai na sero</translation>
    </message>
    <message>
        <source>two of the %1 have the same number</source>
        <translation>mae gan ddau o&apos;r %1 yr un rhif</translation>
    </message>
    <message>
        <source>the plan&apos;s version number is not possible</source>
        <translation>nid yw rhif fersiwn y cynllun yn bosibl</translation>
    </message>
    <message>
        <source>funding streams</source>
        <translation>ffrydiau ariannu</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>canlyniadau</translation>
    </message>
    <message>
        <source>support items</source>
        <translation>eitemau cymorth</translation>
    </message>
    <message>
        <source>a piece of support has an impossible quantity</source>
        <translation>mae gan ddarn o gymorth nifer amhosibl</translation>
    </message>
    <message>
        <source>a piece of support is for an outcome that is not in the plan</source>
        <translation>mae darn o gymorth ar gyfer canlyniad nad yw yn y cynllun</translation>
    </message>
    <message>
        <source>a review&apos;s happiness score is not between 1 and 5</source>
        <translation>nid yw sgôr hapusrwydd adolygiad rhwng 1 a 5</translation>
    </message>
    <message>
        <source>a review looks at an outcome that is not in the plan</source>
        <translation>mae adolygiad yn edrych ar ganlyniad nad yw yn y cynllun</translation>
    </message>
    <message>
        <source>This file holds a plan that cannot be right (%1), so nothing was imported. Ask the person who sent it for a new copy.</source>
        <translation>Mae&apos;r ffeil hon yn dal cynllun na all fod yn gywir (%1), felly ni chafodd dim ei fewnforio. Gofynnwch i&apos;r sawl a&apos;i hanfonodd am gopi newydd.</translation>
    </message>
</context>
<context>
    <name>QuantityParser</name>
    <message>
        <source>Enter a number of 0 or more, like 10 or 7.5</source>
        <translation>Rhowch rif o 0 neu fwy, fel 10 neu 7.5</translation>
    </message>
    <message>
        <source>Enter a number, like 10 or 7.5</source>
        <translation>Rhowch rif, fel 10 neu 7.5</translation>
    </message>
    <message>
        <source>Use no more than 2 digits after the point, like 7.25</source>
        <translation>Defnyddiwch ddim mwy na 2 ddigid ar ôl y pwynt, fel 7.25</translation>
    </message>
    <message>
        <source>That number is too large. Enter a number up to 10,000</source>
        <translation>Mae&apos;r rhif hwnnw&apos;n rhy fawr. Rhowch rif hyd at 10,000</translation>
    </message>
</context>
<context>
    <name>QuantityText</name>
    <message>
        <source>in a week</source>
        <translation>mewn wythnos</translation>
    </message>
    <message>
        <source>in four weeks</source>
        <translation>mewn pedair wythnos</translation>
    </message>
    <message>
        <source>in a month</source>
        <translation>mewn mis</translation>
    </message>
    <message>
        <source>in a year</source>
        <translation>mewn blwyddyn</translation>
    </message>
    <message>
        <source>Enter the number of hours, like 10 or 7.5</source>
        <translation>Rhowch nifer yr oriau, fel 10 neu 7.5</translation>
    </message>
    <message>
        <source>Enter how many, like 1, 10 or 7.5</source>
        <translation>Rhowch faint, fel 1, 10 neu 7.5</translation>
    </message>
    <message>
        <source>The hours can&apos;t be less than 0. Enter a number like 10 or 7.5</source>
        <translation>Ni all yr oriau fod yn llai na 0. Rhowch rif fel 10 neu 7.5</translation>
    </message>
    <message>
        <source>How many can&apos;t be less than 0. Enter a number like 1, 10 or 7.5</source>
        <translation>Ni all y nifer fod yn llai na 0. Rhowch rif fel 1, 10 neu 7.5</translation>
    </message>
    <message>
        <source>Enter the hours as a number, like 10 or 7.5</source>
        <translation>Rhowch yr oriau fel rhif, fel 10 neu 7.5</translation>
    </message>
    <message>
        <source>Enter a number, like 1, 10 or 7.5</source>
        <translation>Rhowch rif, fel 1, 10 neu 7.5</translation>
    </message>
    <message>
        <source>Use no more than 2 numbers after the point, like 7.25</source>
        <translation>Defnyddiwch ddim mwy na 2 rif ar ôl y pwynt, fel 7.25</translation>
    </message>
    <message>
        <source>There are only %1 hours %2. Check the number of hours, like 10 or 7.5</source>
        <translation>Dim ond %1 awr sydd %2. Gwiriwch nifer yr oriau, fel 10 neu 7.5</translation>
    </message>
    <message>
        <source>That is more than %1. Check the number, like 1, 10 or 7.5</source>
        <translation>Mae hynny&apos;n fwy na %1. Gwiriwch y rhif, fel 1, 10 neu 7.5</translation>
    </message>
    <message>
        <source>Enter a number of hours more than 0, like 10 or 7.5</source>
        <translation>Rhowch nifer o oriau sy&apos;n fwy na 0, fel 10 neu 7.5</translation>
    </message>
    <message>
        <source>Enter a number more than 0, like 1, 10 or 7.5</source>
        <translation>Rhowch rif sy&apos;n fwy na 0, fel 1, 10 neu 7.5</translation>
    </message>
</context>
<context>
    <name>RasAnswersLoader</name>
    <message>
        <source>The answers cannot be used. %1</source>
        <translation>Nid oes modd defnyddio&apos;r atebion. %1</translation>
    </message>
    <message>
        <source>The answers in &quot;%1&quot; cannot be used. %2</source>
        <translation>Nid oes modd defnyddio&apos;r atebion yn &quot;%1&quot;. %2</translation>
    </message>
    <message>
        <source>The answers file &quot;%1&quot; could not be opened. Check that it is there and that you may read it.</source>
        <translation>Nid oedd modd agor y ffeil atebion &quot;%1&quot;. Gwiriwch ei bod yno a&apos;ch bod yn cael ei darllen.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too big to be a file of answers.</source>
        <translation>Mae&apos;r ffeil &quot;%1&quot; yn rhy fawr i fod yn ffeil atebion.</translation>
    </message>
    <message>
        <source>The answers file &quot;%1&quot; could not be read.</source>
        <translation>Nid oedd modd darllen y ffeil atebion &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It is too big to be a file of answers.</source>
        <translation>Mae&apos;n rhy fawr i fod yn ffeil atebion.</translation>
    </message>
    <message>
        <source>%1 is not a question id: ids are short names of letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot;.</source>
        <translation>Nid yw %1 yn id cwestiwn: enwau byr o lythrennau, digidau, &quot;-&quot;, &quot;_&quot; neu &quot;.&quot; yw ids.</translation>
    </message>
</context>
<context>
    <name>RasCalculator</name>
    <message>
        <source>These answers were made for the scheme &quot;%1&quot;, not for &quot;%2&quot;. Choose the scheme they were made for.</source>
        <translation>Cafodd yr atebion hyn eu gwneud ar gyfer y cynllun &quot;%1&quot;, nid ar gyfer &quot;%2&quot;. Dewiswch y cynllun y cawson nhw eu gwneud ar ei gyfer.</translation>
    </message>
    <message>
        <source>The amount is too large to work out, so the scheme&apos;s figures cannot be right. Ask whoever made the scheme to check it.</source>
        <translation>Mae&apos;r swm yn rhy fawr i&apos;w gyfrifo, felly ni all ffigurau&apos;r cynllun fod yn gywir. Gofynnwch i bwy bynnag a wnaeth y cynllun ei wirio.</translation>
    </message>
    <message>
        <source>The answers name a question that is not in the scheme &quot;%1&quot;: &quot;%2&quot;. Check the question ids.</source>
        <translation>Mae&apos;r atebion yn enwi cwestiwn nad yw yn y cynllun &quot;%1&quot;: &quot;%2&quot;. Gwiriwch ids y cwestiynau.</translation>
    </message>
    <message>
        <source>The scheme&apos;s questions are: %1.</source>
        <translation>Cwestiynau&apos;r cynllun yw: %1.</translation>
    </message>
    <message>
        <source>The answer to the question &quot;%1&quot; is &quot;%2&quot;, which is not one of its answers. It can be: %3.</source>
        <translation>Yr ateb i&apos;r cwestiwn &quot;%1&quot; yw &quot;%2&quot;, nad yw&apos;n un o&apos;i atebion. Gall fod yn: %3.</translation>
    </message>
    <message>
        <source>The scheme has no band for %1 points, so it cannot give an amount. Ask whoever made the scheme to check its bands.</source>
        <translation>Does gan y cynllun ddim band ar gyfer %1 pwynt, felly ni all roi swm. Gofynnwch i bwy bynnag a wnaeth y cynllun wirio ei fandiau.</translation>
    </message>
</context>
<context>
    <name>RasCommand</name>
    <message>
        <source>The RAS scheme (see resources/ras).</source>
        <translation>Cynllun RAS (gweler resources/ras).</translation>
    </message>
    <message>
        <source>The answers: {&quot;scheme&quot;: id, &quot;answers&quot;: {question: option}}.</source>
        <translation>Yr atebion: {&quot;scheme&quot;: id, &quot;answers&quot;: {question: option}}.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>give a scheme file and an answers file, like: pbplanner ras scheme.json answers.json</source>
        <translation>rhowch ffeil cynllun RAS a ffeil atebion, fel hyn: pbplanner ras scheme.json answers.json</translation>
    </message>
    <message>
        <source>Indicative budget: %1</source>
        <translation>Cyllideb ddangosol: %1</translation>
    </message>
    <message>
        <source>Work out a budget from a RAS scheme and answers, and explain it.</source>
        <translation>Cyfrifo cyllideb o gynllun RAS ac atebion, a&apos;i hesbonio.</translation>
    </message>
</context>
<context>
    <name>RasExplainer</name>
    <message>
        <source>You have not answered any of the questions yet, so the score is 0 points.</source>
        <translation>Dydych chi ddim wedi ateb unrhyw un o&apos;r cwestiynau eto, felly 0 pwynt yw&apos;r sgôr.</translation>
    </message>
    <message>
        <source>Your answers scored 1 point.</source>
        <translation>Sgoriodd eich atebion 1 pwynt.</translation>
    </message>
    <message>
        <source>Your answers scored %1 points.</source>
        <translation>Sgoriodd eich atebion %1 pwynt.</translation>
    </message>
    <message>
        <source>You have not answered %1 of the %2 questions yet: they count as 0 points until you do.</source>
        <translation>Dydych chi ddim wedi ateb %1 o&apos;r %2 cwestiwn eto: maen nhw&apos;n cyfrif fel 0 pwynt nes i chi wneud.</translation>
    </message>
    <message>
        <source>Each point is worth %1.</source>
        <translation>Mae pob pwynt yn werth %1.</translation>
    </message>
    <message>
        <source>%1 × %2 = %3.</source>
        <extracomment>points × price per point = amount a year, e.g. &quot;142 × £42 = £5,964 a year.&quot;</extracomment>
        <translation>%1 × %2 = %3.</translation>
    </message>
    <message>
        <source>%1 is in the band for %2 to %3 points.</source>
        <translation>Mae %1 yn y band ar gyfer %2 i %3 pwynt.</translation>
    </message>
    <message>
        <source>%1 is in %2, for %3 to %4 points.</source>
        <translation>Mae %1 yn %2, ar gyfer %3 i %4 pwynt.</translation>
    </message>
    <message>
        <source>%1 is in the band for %2 points or more.</source>
        <translation>Mae %1 yn y band ar gyfer %2 pwynt neu fwy.</translation>
    </message>
    <message>
        <source>%1 is in %2, for %3 points or more.</source>
        <translation>Mae %1 yn %2, ar gyfer %3 pwynt neu fwy.</translation>
    </message>
    <message>
        <source>That band gives %1.</source>
        <translation>Mae&apos;r band hwnnw&apos;n rhoi %1.</translation>
    </message>
    <message>
        <source>Each change below is a share of %1, the amount from the points.</source>
        <translation>Mae pob newid isod yn gyfran o %1, y swm o&apos;r pwyntiau.</translation>
    </message>
    <message>
        <source>%1, so the amount goes down by %2: %3 less.</source>
        <translation>%1, felly mae&apos;r swm yn gostwng %2: %3 yn llai.</translation>
    </message>
    <message>
        <source>%1, so the amount goes up by %2: %3 more.</source>
        <translation>%1, felly mae&apos;r swm yn codi %2: %3 yn fwy.</translation>
    </message>
    <message>
        <source>The amount cannot go below %1, so it stops at %1.</source>
        <translation>Ni all y swm fynd yn is na %1, felly mae&apos;n aros ar %1.</translation>
    </message>
    <message>
        <source>That makes %1.</source>
        <translation>Mae hynny&apos;n gwneud %1.</translation>
    </message>
    <message>
        <source>The council&apos;s lowest amount is %1, so the amount goes up to that.</source>
        <translation>Swm isaf y cyngor yw %1, felly mae&apos;r swm yn codi i hynny.</translation>
    </message>
    <message>
        <source>The council&apos;s highest amount is %1, so the amount comes down to that.</source>
        <translation>Swm uchaf y cyngor yw %1, felly mae&apos;r swm yn gostwng i hynny.</translation>
    </message>
    <message>
        <source>The next amount is separate, so the council&apos;s lowest and highest amounts do not limit it.</source>
        <translation>Mae&apos;r swm nesaf ar wahân, felly nid yw symiau isaf ac uchaf y cyngor yn ei gyfyngu.</translation>
    </message>
    <message>
        <source>The next amounts are separate, so the council&apos;s lowest and highest amounts do not limit them.</source>
        <translation>Mae&apos;r symiau nesaf ar wahân, felly nid yw symiau isaf ac uchaf y cyngor yn eu cyfyngu.</translation>
    </message>
    <message>
        <source>%1, so %2 is added.</source>
        <translation>%1, felly mae %2 yn cael ei ychwanegu.</translation>
    </message>
    <message>
        <source>%1, so %2 is added: the council calls this the “%3”.</source>
        <translation>%1, felly mae %2 yn cael ei ychwanegu: mae&apos;r cyngor yn galw hyn yn “%3”.</translation>
    </message>
    <message>
        <source>%1, so %2 is taken off.</source>
        <translation>%1, felly mae %2 yn cael ei dynnu i ffwrdd.</translation>
    </message>
    <message>
        <source>%1, so %2 is taken off: the council calls this the “%3”.</source>
        <translation>%1, felly mae %2 yn cael ei dynnu i ffwrdd: mae&apos;r cyngor yn galw hyn yn “%3”.</translation>
    </message>
    <message>
        <source>So the amount is %1.</source>
        <translation>Felly&apos;r swm yw %1.</translation>
    </message>
    <message>
        <source>So far, the amount is %1.</source>
        <translation>Hyd yma, y swm yw %1.</translation>
    </message>
    <message>
        <source>It may change as you answer the rest of the questions.</source>
        <translation>Gall newid wrth i chi ateb gweddill y cwestiynau.</translation>
    </message>
    <message>
        <source>The council calls this the “%1”.</source>
        <translation>Mae&apos;r cyngor yn galw hyn yn “%1”.</translation>
    </message>
    <message>
        <source>This scheme is an example, not any council&apos;s real figures: ask your council for its own scheme, or for the amount it has worked out for you.</source>
        <translation>Enghraifft yw&apos;r cynllun hwn, nid ffigurau go iawn unrhyw gyngor: gofynnwch i&apos;ch cyngor am ei gynllun ei hun, neu am y swm y mae wedi&apos;i gyfrifo i chi.</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 pwynt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 pwynt</translation>
    </message>
</context>
<context>
    <name>RasSchemeLoader</name>
    <message>
        <source>It is not a RAS scheme file: it should have &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>Nid yw&apos;n ffeil cynllun RAS: dylai fod ganddi &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It was made for a newer version of this program (scheme format %1; this version reads format %2). Update the program to use it.</source>
        <translation>Cafodd ei gwneud ar gyfer fersiwn mwy newydd o&apos;r rhaglen hon (fformat cynllun %1; mae&apos;r fersiwn hwn yn darllen fformat %2). Diweddarwch y rhaglen i&apos;w defnyddio.</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1.</source>
        <translation>Rhaid i &quot;formatVersion&quot; fod yn %1.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not an area of life the program knows. It can be one of: %3.</source>
        <translation>%2 yw %1, nad yw&apos;n faes bywyd y mae&apos;r rhaglen yn ei adnabod. Gall fod yn un o: %3.</translation>
    </message>
    <message>
        <source>%1 is not used with the rule %2: take it out, or change &quot;money.rule&quot;.</source>
        <translation>Nid yw %1 yn cael ei ddefnyddio gyda&apos;r rheol %2: tynnwch ef allan, neu newidiwch &quot;money.rule&quot;.</translation>
    </message>
    <message>
        <source>&quot;money.rule&quot; must be %1 or %2, not %3.</source>
        <translation>Rhaid i &quot;money.rule&quot; fod yn %1 neu %2, nid %3.</translation>
    </message>
    <message>
        <source>The scheme cannot be used. %1</source>
        <translation>Nid oes modd defnyddio&apos;r cynllun. %1</translation>
    </message>
    <message>
        <source>The scheme in &quot;%1&quot; cannot be used. %2</source>
        <translation>Nid oes modd defnyddio&apos;r cynllun yn &quot;%1&quot;. %2</translation>
    </message>
    <message>
        <source>The scheme file &quot;%1&quot; could not be opened. Check that it is there and that you may read it.</source>
        <translation>Nid oedd modd agor y ffeil cynllun &quot;%1&quot;. Gwiriwch ei bod yno a&apos;ch bod yn cael ei darllen.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too big to be a RAS scheme.</source>
        <translation>Mae&apos;r ffeil &quot;%1&quot; yn rhy fawr i fod yn gynllun RAS.</translation>
    </message>
    <message>
        <source>The scheme file &quot;%1&quot; could not be read.</source>
        <translation>Nid oedd modd darllen y ffeil cynllun &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It is too big to be a RAS scheme.</source>
        <translation>Mae&apos;n rhy fawr i fod yn gynllun RAS.</translation>
    </message>
</context>
<context>
    <name>RasSchemeValidator</name>
    <message>
        <source>&quot;questions&quot; is empty: a scheme needs at least one question.</source>
        <translation>Mae &quot;questions&quot; yn wag: mae angen o leiaf un cwestiwn ar gynllun.</translation>
    </message>
    <message>
        <source>&quot;questions&quot; has %1 questions; a scheme can have at most %2.</source>
        <translation>Mae gan &quot;questions&quot; %1 cwestiwn; gall cynllun gael %2 ar y mwyaf.</translation>
    </message>
    <message>
        <source>%1 is %2, the same as %3: each question needs its own id.</source>
        <translation>%2 yw %1, yr un fath â %3: mae angen ei id ei hun ar bob cwestiwn.</translation>
    </message>
    <message>
        <source>%1 is empty: each question needs at least one answer to choose.</source>
        <translation>Mae %1 yn wag: mae angen o leiaf un ateb i&apos;w ddewis ar bob cwestiwn.</translation>
    </message>
    <message>
        <source>%1 has %2 answers; a question can have at most %3.</source>
        <translation>Mae gan %1 %2 ateb; gall cwestiwn gael %3 ar y mwyaf.</translation>
    </message>
    <message>
        <source>%1 is %2, the same as %3: each answer to a question needs its own id.</source>
        <translation>%2 yw %1, yr un fath â %3: mae angen ei id ei hun ar bob ateb i gwestiwn.</translation>
    </message>
    <message>
        <source>%1 is %2: points must be between 0 and %3.</source>
        <translation>%2 yw %1: rhaid i bwyntiau fod rhwng 0 a %3.</translation>
    </message>
    <message>
        <source>&quot;money.floorPence&quot; must be between %1 and %2.</source>
        <translation>Rhaid i &quot;money.floorPence&quot; fod rhwng %1 a %2.</translation>
    </message>
    <message>
        <source>&quot;money.ceilingPence&quot; must be between %1 and %2.</source>
        <translation>Rhaid i &quot;money.ceilingPence&quot; fod rhwng %1 a %2.</translation>
    </message>
    <message>
        <source>&quot;money.floorPence&quot; (%1) is above &quot;money.ceilingPence&quot; (%2): the lowest amount cannot be more than the highest.</source>
        <translation>Mae &quot;money.floorPence&quot; (%1) yn uwch na &quot;money.ceilingPence&quot; (%2): ni all y swm isaf fod yn fwy na&apos;r uchaf.</translation>
    </message>
    <message>
        <source>&quot;money.pricePerPointPence&quot; must be more than %1 and at most %2.</source>
        <translation>Rhaid i &quot;money.pricePerPointPence&quot; fod yn fwy na %1 ac yn %2 ar y mwyaf.</translation>
    </message>
    <message>
        <source>&quot;money.bands&quot; is empty: the bands rule needs at least one band.</source>
        <translation>Mae &quot;money.bands&quot; yn wag: mae angen o leiaf un band ar y rheol bandiau.</translation>
    </message>
    <message>
        <source>&quot;money.bands&quot; has %1 bands; a scheme can have at most %2.</source>
        <translation>Mae gan &quot;money.bands&quot; %1 band; gall cynllun gael %2 ar y mwyaf.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>Rhaid i %1 fod rhwng %2 a %3.</translation>
    </message>
    <message>
        <source>%1 is %2: the first band must start at 0 points, so that every score has an amount.</source>
        <translation>%2 yw %1: rhaid i&apos;r band cyntaf ddechrau ar 0 pwynt, fel bod swm ar gyfer pob sgôr.</translation>
    </message>
    <message>
        <source>%1 is missing: only the last band may be left without an upper limit.</source>
        <translation>Mae %1 ar goll: dim ond y band olaf a gaiff fod heb derfyn uchaf.</translation>
    </message>
    <message>
        <source>%1 (%2) is below %3 (%4): a band runs from its lower edge up to its upper edge.</source>
        <translation>Mae %1 (%2) yn is na %3 (%4): mae band yn rhedeg o&apos;i ymyl isaf i fyny at ei ymyl uchaf.</translation>
    </message>
    <message>
        <source>There is a gap between %1 (up to %2 points) and %3 (from %4 points): a score of %5 points would have no amount.</source>
        <translation>Mae bwlch rhwng %1 (hyd at %2 pwynt) a %3 (o %4 pwynt): ni fyddai swm ar gyfer sgôr o %5 pwynt.</translation>
    </message>
    <message>
        <source>%1 (from %2 points) overlaps %3 (up to %4 points): a score of %5 points would be in both.</source>
        <translation>Mae %1 (o %2 pwynt) yn gorgyffwrdd â %3 (hyd at %4 pwynt): byddai sgôr o %5 pwynt yn y ddau.</translation>
    </message>
    <message>
        <source>%1 (%2) is less than the band before it (%3): more points must never mean less money.</source>
        <translation>Mae %1 (%2) yn llai na&apos;r band cyn hynny (%3): rhaid i fwy o bwyntiau beidio byth â golygu llai o arian.</translation>
    </message>
    <message>
        <source>The last band stops at %1 points, but the answers can score up to %2: raise %3 to at least %2, or leave it out so the last band has no upper limit.</source>
        <translation>Mae&apos;r band olaf yn stopio ar %1 pwynt, ond gall yr atebion sgorio hyd at %2: codwch %3 i o leiaf %2, neu gadewch ef allan fel nad oes terfyn uchaf i&apos;r band olaf.</translation>
    </message>
    <message>
        <source>&quot;adjustments&quot; has %1 adjustments; a scheme can have at most %2.</source>
        <translation>Mae gan &quot;adjustments&quot; %1 addasiad; gall cynllun gael %2 ar y mwyaf.</translation>
    </message>
    <message>
        <source>%1 is %2, the same as %3: each adjustment needs its own id.</source>
        <translation>%2 yw %1, yr un fath â %3: mae angen ei id ei hun ar bob addasiad.</translation>
    </message>
    <message>
        <source>%1 names a question the scheme does not have: %2.</source>
        <translation>Mae %1 yn enwi cwestiwn nad yw gan y cynllun: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: say which answers the adjustment is for.</source>
        <translation>Mae %1 yn wag: dywedwch ar gyfer pa atebion mae&apos;r addasiad.</translation>
    </message>
    <message>
        <source>%1 names an answer the question %2 does not have: %3.</source>
        <translation>Mae %1 yn enwi ateb nad yw gan y cwestiwn %2: %3.</translation>
    </message>
    <message>
        <source>%1 needs either &quot;percentBasisPoints&quot; or &quot;amountPence&quot;, and not both.</source>
        <translation>Mae angen naill ai &quot;percentBasisPoints&quot; neu &quot;amountPence&quot; ar %1, ac nid y ddau.</translation>
    </message>
    <message>
        <source>%1 is %2: it must be between %3 (100% less) and %4 (1,000% more).</source>
        <translation>%2 yw %1: rhaid iddo fod rhwng %3 (100% yn llai) a %4 (1,000% yn fwy).</translation>
    </message>
</context>
<context>
    <name>RateTableLoader</name>
    <message>
        <source>the field “%1” is missing</source>
        <translation>mae&apos;r maes “%1” ar goll</translation>
    </message>
    <message>
        <source>the field “%1” must be a group of fields in { }</source>
        <translation>rhaid i&apos;r maes “%1” fod yn grŵp o feysydd yn { }</translation>
    </message>
    <message>
        <source>the field “%1” must be a list in [ ]</source>
        <translation>rhaid i&apos;r maes “%1” fod yn rhestr yn [ ]</translation>
    </message>
    <message>
        <source>the field “%1” must be text in quotes</source>
        <translation>rhaid i&apos;r maes “%1” fod yn destun mewn dyfynodau</translation>
    </message>
    <message>
        <source>the field “%1” must not be empty</source>
        <translation>rhaid i&apos;r maes “%1” beidio â bod yn wag</translation>
    </message>
    <message>
        <source>the field “%1” must be “%2”</source>
        <translation>rhaid i&apos;r maes “%1” fod yn “%2”</translation>
    </message>
    <message>
        <source>the field “%1” must be a whole number</source>
        <translation>rhaid i&apos;r maes “%1” fod yn rhif cyfan</translation>
    </message>
    <message>
        <source>the field “%1” must be between %2 and %3</source>
        <translation>rhaid i&apos;r maes “%1” fod rhwng %2 a %3</translation>
    </message>
    <message>
        <source>the field “%1” must be true or false</source>
        <translation>rhaid i&apos;r maes “%1” fod yn true neu false</translation>
    </message>
    <message>
        <source>the field “%1” must be a date written like 2026-04-06</source>
        <translation>rhaid i&apos;r maes “%1” fod yn ddyddiad wedi&apos;i ysgrifennu fel 2026-04-06</translation>
    </message>
    <message>
        <source>the field “%1” must list at least one source</source>
        <translation>rhaid i&apos;r maes “%1” restru o leiaf un ffynhonnell</translation>
    </message>
    <message>
        <source>the fields “holiday.accrualBasisPoints” (%1) and “holiday.weeksPerYearHundredths” (%2) do not agree: that many weeks a year is %3 basis points of pay</source>
        <translation>nid yw&apos;r meysydd “holiday.accrualBasisPoints” (%1) a “holiday.weeksPerYearHundredths” (%2) yn cytuno: mae&apos;r nifer hwnnw o wythnosau&apos;r flwyddyn yn %3 pwynt sylfaen o dâl</translation>
    </message>
    <message>
        <source>the field “%1” must not be less than “%2”</source>
        <translation>rhaid i&apos;r maes “%1” beidio â bod yn llai na “%2”</translation>
    </message>
    <message>
        <source>These cost rates can&apos;t be used: %1. Use the rates that came with the program, or correct the file.</source>
        <translation>Nid oes modd defnyddio&apos;r cyfraddau cost hyn: %1. Defnyddiwch y cyfraddau a ddaeth gyda&apos;r rhaglen, neu cywirwch y ffeil.</translation>
    </message>
    <message>
        <source>the file is too large to be a rate table</source>
        <translation>mae&apos;r ffeil yn rhy fawr i fod yn dabl cyfraddau</translation>
    </message>
    <message>
        <source>the file is not in JSON format (%1 at character %2)</source>
        <translation>nid yw&apos;r ffeil mewn fformat JSON (%1 ar nod %2)</translation>
    </message>
    <message>
        <source>the file does not hold a group of fields in { }</source>
        <translation>nid yw&apos;r ffeil yn dal grŵp o feysydd yn { }</translation>
    </message>
    <message>
        <source>the file was made for a newer version of this program (rate table format %1)</source>
        <translation>cafodd y ffeil ei gwneud ar gyfer fersiwn mwy newydd o&apos;r rhaglen hon (fformat tabl cyfraddau %1)</translation>
    </message>
    <message>
        <source>the field “validUntil” must not be before “validFrom”</source>
        <translation>rhaid i&apos;r maes “validUntil” beidio â bod cyn “validFrom”</translation>
    </message>
    <message>
        <source>The cost rates file could not be opened. Check that it is still there and that you can read it.</source>
        <translation>Nid oedd modd agor y ffeil cyfraddau cost. Gwiriwch ei bod yno o hyd a&apos;ch bod yn gallu ei darllen.</translation>
    </message>
    <message>
        <source>No cost rates came with this copy of the program, so the cost of employing a personal assistant can&apos;t be worked out. Please reinstall the program.</source>
        <translation>Ni ddaeth cyfraddau cost gyda&apos;r copi hwn o&apos;r rhaglen, felly nid oes modd cyfrifo cost cyflogi cynorthwyydd personol. Gosodwch y rhaglen eto.</translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>Life area</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>Outcomes rated</source>
        <translation>Canlyniadau a gafodd sgôr</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>Pob maes bywyd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Fersiwn y cynllun</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Pob sylw</translation>
    </message>
</context>
<context>
    <name>ResultsDocumentBuilder</name>
    <message>
        <source>Checking the results</source>
        <translation>Gwirio&apos;r canlyniadau</translation>
    </message>
    <message>
        <source>Checking the results · made on %1</source>
        <extracomment>the footer on every page of the results report</extracomment>
        <translation>Gwirio&apos;r canlyniadau · wedi&apos;i wneud ar %1</translation>
    </message>
    <message>
        <source>What this report covers</source>
        <translation>Beth mae&apos;r adroddiad hwn yn ei gwmpasu</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Wedi&apos;i wneud ar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>At each review the person says, for each of their outcomes, whether things are better, the same or worse since their plan began, or have not changed yet.</source>
        <translation>Ym mhob adolygiad mae&apos;r person yn dweud, ar gyfer pob un o&apos;i ganlyniadau, a yw pethau&apos;n well, yr un fath neu&apos;n waeth ers i&apos;w gynllun ddechrau, neu heb newid eto.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>%1 ratings are of outcomes no longer in the plan reviewed, so they are not counted by life area.</source>
        <translation>Mae %1 o sgoriau ar gyfer canlyniadau nad ydyn nhw yn y cynllun a adolygwyd mwyach, felly dydyn nhw ddim yn cael eu cyfrif fesul maes bywyd.</translation>
    </message>
    <message>
        <source>Outcomes rated</source>
        <translation>Canlyniadau a gafodd sgôr</translation>
    </message>
    <message>
        <source>Results by life area</source>
        <translation>Canlyniadau fesul maes bywyd</translation>
    </message>
    <message>
        <source>No outcomes have been rated in these reviews yet.</source>
        <translation>Does dim canlyniadau wedi cael sgôr yn yr adolygiadau hyn eto.</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>Pob maes bywyd</translation>
    </message>
    <message>
        <source>How happy people are with their support</source>
        <translation>Pa mor hapus yw pobl â&apos;u cymorth</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Outcomes that got worse</source>
        <translation>Canlyniadau a aeth yn waeth</translation>
    </message>
    <message>
        <source>No outcome got worse in these reviews.</source>
        <translation>Ni aeth unrhyw ganlyniad yn waeth yn yr adolygiadau hyn.</translation>
    </message>
    <message>
        <source>Someone should talk with each of these people about what has changed and what would help.</source>
        <translation>Dylai rhywun siarad â phob un o&apos;r bobl hyn am beth sydd wedi newid a beth fyddai&apos;n helpu.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Adolygwyd ar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What people said: themes</source>
        <translation>Beth ddywedodd pobl: themâu</translation>
    </message>
    <message>
        <source>No comments have been tagged with themes yet.</source>
        <translation>Does dim sylwadau wedi cael themâu eto.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Pob sylw</translation>
    </message>
</context>
<context>
    <name>ResultsLabels</name>
    <message>
        <source>About an outcome</source>
        <translation>Am ganlyniad</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Beth sy&apos;n gweithio</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Beth sydd ddim yn gweithio</translation>
    </message>
    <message>
        <source>What is important for the future</source>
        <translation>Beth sy&apos;n bwysig ar gyfer y dyfodol</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>Hapus iawn</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Neither happy nor unhappy</source>
        <translation>Ddim yn hapus nac yn anhapus</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Anhapus</translation>
    </message>
    <message>
        <source>Very unhappy</source>
        <translation>Anhapus iawn</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Heb ddweud</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Heb benderfynu eto</translation>
    </message>
    <message>
        <source>Keep the plan</source>
        <translation>Cadw&apos;r cynllun</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>Newid y cynllun</translation>
    </message>
    <message>
        <source>reviews from %1 to %2</source>
        <translation>adolygiadau o %1 i %2</translation>
    </message>
    <message>
        <source>reviews from %1 on</source>
        <translation>adolygiadau o %1 ymlaen</translation>
    </message>
    <message>
        <source>reviews up to %1</source>
        <translation>adolygiadau hyd at %1</translation>
    </message>
    <message>
        <source>all reviews</source>
        <translation>pob adolygiad</translation>
    </message>
    <message>
        <source>plans managed as: %1</source>
        <extracomment>%1 is how the money is managed, e.g. &quot;Money paid to you (direct payment)&quot;</extracomment>
        <translation>cynlluniau a reolir fel: %1</translation>
    </message>
    <message>
        <source>outcomes about: %1</source>
        <extracomment>%1 is a life area, e.g. &quot;Things I do&quot;</extracomment>
        <translation>canlyniadau am: %1</translation>
    </message>
    <message>
        <source>%1. Each person&apos;s most recent review counts.</source>
        <translation>%1. Mae adolygiad diweddaraf pob person yn cyfrif.</translation>
    </message>
    <message>
        <source>%1. Every review counts.</source>
        <translation>%1. Mae pob adolygiad yn cyfrif.</translation>
    </message>
    <message>
        <source>No outcomes have been rated in these reviews yet.</source>
        <translation>Does dim canlyniadau wedi cael sgôr yn yr adolygiadau hyn eto.</translation>
    </message>
    <message>
        <source>Of 1 outcome rated: </source>
        <translation>O&apos;r 1 canlyniad a gafodd sgôr: </translation>
    </message>
    <message>
        <source>Of %1 outcomes rated: </source>
        <translation>O&apos;r %1 canlyniad a gafodd sgôr: </translation>
    </message>
    <message>
        <source>%1 got better (%2%), %3 stayed the same (%4%), %5 got worse (%6%), %7 not yet (%8%).</source>
        <extracomment>%1 how many, %2 the percentage, and so on</extracomment>
        <translation>%1 yn well (%2%), %3 yr un fath (%4%), %5 yn waeth (%6%), %7 ddim eto (%8%).</translation>
    </message>
    <message>
        <source>%1 better</source>
        <translation>%1 yn well</translation>
    </message>
    <message>
        <source>%1 the same</source>
        <translation>%1 yr un fath</translation>
    </message>
    <message>
        <source>%1 worse</source>
        <translation>%1 yn waeth</translation>
    </message>
    <message>
        <source>%1 not yet</source>
        <translation>%1 ddim eto</translation>
    </message>
    <message>
        <source>Reviewed on %1</source>
        <translation>Adolygwyd ar %1</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Adolygwyd</translation>
    </message>
    <message>
        <source>: no outcomes rated yet.</source>
        <translation>: dim canlyniadau wedi cael sgôr eto.</translation>
    </message>
    <message>
        <source>: %1.</source>
        <translation>: %1.</translation>
    </message>
    <message>
        <source>Kept the plan.</source>
        <translation>Cadwyd y cynllun.</translation>
    </message>
    <message>
        <source>Changed the plan.</source>
        <translation>Newidiwyd y cynllun.</translation>
    </message>
    <message>
        <source>Not finished.</source>
        <translation>Heb orffen.</translation>
    </message>
</context>
<context>
    <name>ReviewDocumentBuilder</name>
    <message>
        <source>This is better.</source>
        <translation>Mae hyn yn well.</translation>
    </message>
    <message>
        <source>This is the same.</source>
        <translation>Mae hyn yr un fath.</translation>
    </message>
    <message>
        <source>This is worse.</source>
        <translation>Mae hyn yn waeth.</translation>
    </message>
    <message>
        <source>This has not changed yet.</source>
        <translation>Nid yw hyn wedi newid eto.</translation>
    </message>
    <message>
        <source>My review: %1</source>
        <extracomment>the easy-read review form&apos;s title; %1 the person&apos;s name</extracomment>
        <translation>Fy adolygiad: %1</translation>
    </message>
    <message>
        <source>This form is about my plan.</source>
        <translation>Mae&apos;r ffurflen hon am fy nghynllun.</translation>
    </message>
    <message>
        <source> Version %1.</source>
        <translation> Fersiwn %1.</translation>
    </message>
    <message>
        <source>My plan was agreed on %1.</source>
        <translation>Cafodd fy nghynllun ei gytuno ar %1.</translation>
    </message>
    <message>
        <source>You can fill it in with someone who helps you.</source>
        <translation>Gallwch ei llenwi gyda rhywun sy&apos;n eich helpu.</translation>
    </message>
    <message>
        <source>For each thing that matters to me, tick one box: better, the same, worse or not yet.</source>
        <translation>Ar gyfer pob peth sy&apos;n bwysig i mi, ticiwch un blwch: gwell, yr un fath, gwaeth neu ddim eto.</translation>
    </message>
    <message>
        <source>About this form</source>
        <translation>Am y ffurflen hon</translation>
    </message>
    <message>
        <source>What I want to say about these things</source>
        <translation>Beth rydw i eisiau ei ddweud am y pethau hyn</translation>
    </message>
    <message>
        <source>Write here</source>
        <translation>Ysgrifennwch yma</translation>
    </message>
    <message>
        <source>What is working?</source>
        <translation>Beth sy&apos;n gweithio?</translation>
    </message>
    <message>
        <source>What is not working?</source>
        <translation>Beth sydd ddim yn gweithio?</translation>
    </message>
    <message>
        <source>What is important to me for the future?</source>
        <translation>Beth sy&apos;n bwysig i mi ar gyfer y dyfodol?</translation>
    </message>
    <message>
        <source>How happy am I with my support?</source>
        <translation>Pa mor hapus ydw i gyda fy nghymorth?</translation>
    </message>
    <message>
        <source>Review of the support plan for %1</source>
        <translation>Adolygiad o&apos;r cynllun cymorth ar gyfer %1</translation>
    </message>
    <message>
        <source>Keep the plan. The next review is on %1.</source>
        <translation>Cadw&apos;r cynllun. Mae&apos;r adolygiad nesaf ar %1.</translation>
    </message>
    <message>
        <source>Keep the plan.</source>
        <translation>Cadw&apos;r cynllun.</translation>
    </message>
    <message>
        <source>Change the plan: a new version was made from it.</source>
        <translation>Newid y cynllun: cafodd fersiwn newydd ei wneud ohono.</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Heb benderfynu eto.</translation>
    </message>
    <message>
        <source>About this review</source>
        <translation>Am yr adolygiad hwn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Fersiwn y cynllun</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Pwy gymerodd ran</translation>
    </message>
    <message>
        <source>How happy with the support</source>
        <translation>Pa mor hapus gyda&apos;r cymorth</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Beth a benderfynwyd</translation>
    </message>
    <message>
        <source>What matters to me: how it has gone</source>
        <translation>Beth sy&apos;n bwysig i mi: sut mae wedi mynd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>Since the plan began</source>
        <translation>Ers i&apos;r cynllun ddechrau</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>How things are going</source>
        <translation>Sut mae pethau&apos;n mynd</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>My review was on %1.</source>
        <translation>Roedd fy adolygiad ar %1.</translation>
    </message>
    <message>
        <source>These people took part: %1</source>
        <translation>Cymerodd y bobl hyn ran: %1</translation>
    </message>
    <message>
        <source>About my review</source>
        <translation>Am fy adolygiad</translation>
    </message>
    <message>
        <source>We did not talk about this.</source>
        <translation>Wnaethon ni ddim siarad am hyn.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>What is working:</source>
        <translation>Beth sy&apos;n gweithio:</translation>
    </message>
    <message>
        <source>What is not working:</source>
        <translation>Beth sydd ddim yn gweithio:</translation>
    </message>
    <message>
        <source>What is important for the future:</source>
        <translation>Beth sy&apos;n bwysig ar gyfer y dyfodol:</translation>
    </message>
    <message>
        <source>How happy I am with my support: %1.</source>
        <translation>Pa mor hapus ydw i gyda fy nghymorth: %1.</translation>
    </message>
    <message>
        <source>We decided: %1</source>
        <translation>Fe wnaethon ni benderfynu: %1</translation>
    </message>
</context>
<context>
    <name>ReviewThemeRepository</name>
    <message>
        <source>A theme is a few words, like “transport” or “staff keep changing”. Make “%1…” shorter (%2 characters at most). Nothing was changed.</source>
        <translation>Ychydig eiriau yw thema, fel “trafnidiaeth” neu “staff yn newid o hyd”. Gwnewch “%1…” yn fyrrach (%2 nod ar y mwyaf). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>This review is no longer in the caseload file, so its comments can&apos;t be tagged. Show the results again to see the reviews as they are now.</source>
        <translation>Nid yw&apos;r adolygiad hwn yn y ffeil llwyth achosion mwyach, felly nid oes modd tagio ei sylwadau. Dangoswch y canlyniadau eto i weld yr adolygiadau fel y maen nhw nawr.</translation>
    </message>
</context>
<context>
    <name>SetThemesCommand</name>
    <message>
        <source>tag a comment with themes</source>
        <extracomment>an undo step: &quot;Undo tag a comment with themes&quot;</extracomment>
        <translation>tagio sylw gyda themâu</translation>
    </message>
</context>
<context>
    <name>SpendingPace</name>
    <message>
        <source>Add the amount of your budget to your plan to see how long the money will last.</source>
        <translation>Ychwanegwch swm eich cyllideb at eich cynllun i weld pa mor hir y bydd yr arian yn para.</translation>
    </message>
    <message>
        <source>It is too early in the plan year to tell how long the money will last. Look again after the first month.</source>
        <translation>Mae&apos;n rhy gynnar ym mlwyddyn y cynllun i ddweud pa mor hir y bydd yr arian yn para. Edrychwch eto ar ôl y mis cyntaf.</translation>
    </message>
    <message>
        <source>No spending is recorded for this plan year yet. Add what has been paid, or import a statement, to see how long the money will last.</source>
        <translation>Does dim gwario wedi&apos;i gofnodi ar gyfer blwyddyn y cynllun hon eto. Ychwanegwch beth sydd wedi&apos;i dalu, neu mewnforiwch gyfriflen, i weld pa mor hir y bydd yr arian yn para.</translation>
    </message>
    <message>
        <source>At this rate you will have about %1 left at the end of the plan year (%2).</source>
        <extracomment>%1 money in whole pounds, %2 the last day of the plan year</extracomment>
        <translation>Ar y gyfradd hon bydd gennych tua %1 ar ôl ar ddiwedd blwyddyn y cynllun (%2).</translation>
    </message>
    <message>
        <source>At this rate the money will run out in %1, before the plan year ends on %2.</source>
        <extracomment>%1 a month and year, e.g. &quot;March 2027&quot;; %2 the last day of the plan year</extracomment>
        <translation>Ar y gyfradd hon bydd yr arian yn dod i ben ym mis %1, cyn i flwyddyn y cynllun orffen ar %2.</translation>
    </message>
    <message>
        <source>You have already spent all of this plan year&apos;s budget. The plan year ends on %1.</source>
        <translation>Rydych chi eisoes wedi gwario holl gyllideb blwyddyn y cynllun hon. Mae blwyddyn y cynllun yn gorffen ar %1.</translation>
    </message>
    <message>
        <source>You have already spent about %1 more than this plan year&apos;s budget. The plan year ends on %2.</source>
        <translation>Rydych chi eisoes wedi gwario tua %1 yn fwy na chyllideb blwyddyn y cynllun hon. Mae blwyddyn y cynllun yn gorffen ar %2.</translation>
    </message>
    <message>
        <source>The plan year ended on %1, with about %2 more spent than the budget.</source>
        <translation>Daeth blwyddyn y cynllun i ben ar %1, gyda thua %2 yn fwy wedi&apos;i wario na&apos;r gyllideb.</translation>
    </message>
    <message>
        <source>The plan year ended on %1, with about %2 of the budget not spent.</source>
        <translation>Daeth blwyddyn y cynllun i ben ar %1, gyda thua %2 o&apos;r gyllideb heb ei wario.</translation>
    </message>
</context>
<context>
    <name>SpendingSettings</name>
    <message>
        <source>Choose between %1 and %2 weeks.</source>
        <translation>Dewiswch rhwng %1 a %2 wythnos.</translation>
    </message>
</context>
<context>
    <name>SpendingSummary</name>
    <message>
        <source>Other spending (not linked to support in the plan)</source>
        <translation>Gwario arall (heb gysylltiad â chymorth yn y cynllun)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
</context>
<context>
    <name>StandardCostSections</name>
    <message>
        <source>No cost</source>
        <translation>Dim cost</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>My support</source>
        <translation>Fy nghymorth</translation>
    </message>
    <message>
        <source>No support is in the plan yet.</source>
        <translation>Does dim cymorth yn y cynllun eto.</translation>
    </message>
    <message>
        <source>Each piece of support: who gives it, how often, how it is paid for, what it helps with and what it costs.</source>
        <translation>Pob darn o gymorth: pwy sy&apos;n ei roi, pa mor aml, sut mae&apos;n cael ei dalu, beth mae&apos;n helpu ag ef a beth mae&apos;n ei gostio.</translation>
    </message>
    <message>
        <source>Personal assistants cost what employing them costs, not only their wages (see the next section). A one-off cost counts in full in the plan year. A year has 52 weeks.</source>
        <translation>Mae cynorthwywyr personol yn costio&apos;r hyn y mae&apos;n ei gostio i&apos;w cyflogi, nid eu cyflogau yn unig (gweler yr adran nesaf). Mae cost untro yn cyfrif yn llawn ym mlwyddyn y cynllun. Mae 52 wythnos mewn blwyddyn.</translation>
    </message>
    <message>
        <source>Worked out with the rates for %1, as of %2.</source>
        <extracomment>%1 the rate table&apos;s name (&quot;England, tax year 2026 to 2027&quot;), %2 its date</extracomment>
        <translation>Wedi&apos;i gyfrifo gyda&apos;r cyfraddau ar gyfer %1, ar %2.</translation>
    </message>
    <message>
        <source>Where the figures come from:</source>
        <translation>O ble mae&apos;r ffigurau&apos;n dod:</translation>
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
        <translation>Cynorthwyydd personol</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>Sut mae&apos;n cael ei gyfrifo</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Y flwyddyn</translation>
    </message>
    <message>
        <source>Cost of employing them</source>
        <translation>Cost eu cyflogi</translation>
    </message>
    <message>
        <source>For “%1”.</source>
        <translation>Ar gyfer “%1”.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <extracomment>One item&apos;s share of a PA&apos;s cost: &quot;“Swimming”: £2,140.20 a year&quot;</extracomment>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Shared between their support by their wages for each: %1.</source>
        <translation>Wedi&apos;i rannu rhwng eu cymorth yn ôl eu cyflog ar gyfer pob un: %1.</translation>
    </message>
    <message>
        <source>What employing my personal assistants costs</source>
        <translation>Beth mae cyflogi fy nghynorthwywyr personol yn ei gostio</translation>
    </message>
    <message>
        <source>There are no personal assistants in this plan.</source>
        <translation>Does dim cynorthwywyr personol yn y cynllun hwn.</translation>
    </message>
    <message>
        <source>Employing a personal assistant (PA) costs more than their wages: holiday pay, National Insurance, a pension, insurance and a payroll service. Here is each line, and how it was worked out.</source>
        <translation>Mae cyflogi cynorthwyydd personol (PA) yn costio mwy na&apos;i gyflog: tâl gwyliau, Yswiriant Gwladol, pensiwn, yswiriant a gwasanaeth cyflogres. Dyma bob llinell, a sut cafodd ei chyfrifo.</translation>
    </message>
    <message>
        <source>“%1” is costed at the wages alone, without the costs of employing.</source>
        <translation>Mae cost “%1” wedi&apos;i chyfrifo ar sail y cyflog yn unig, heb gostau cyflogi.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Cyfansymiau</translation>
    </message>
    <message>
        <source>My budget</source>
        <translation>Fy nghyllideb</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Ddim yn hysbys eto</translation>
    </message>
    <message>
        <source>My support costs</source>
        <translation>Mae fy nghymorth yn costio</translation>
    </message>
    <message>
        <source>More than my budget</source>
        <translation>Mwy na fy nghyllideb</translation>
    </message>
    <message>
        <source>%1 more than your budget</source>
        <translation>%1 yn fwy na&apos;ch cyllideb</translation>
    </message>
    <message>
        <source>Left over</source>
        <translation>Dros ben</translation>
    </message>
    <message>
        <source>When you know your budget, the plan shows what is left over.</source>
        <translation>Pan fyddwch chi&apos;n gwybod eich cyllideb, bydd y cynllun yn dangos beth sydd dros ben.</translation>
    </message>
</context>
<context>
    <name>StandardMoneySections</name>
    <message>
        <source>My budget and why</source>
        <translation>Fy nghyllideb a pham</translation>
    </message>
    <message>
        <source>Indicative budget (the amount the council suggests before the plan)</source>
        <translation>Cyllideb ddangosol (y swm y mae&apos;r cyngor yn ei awgrymu cyn y cynllun)</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Ddim yn hysbys eto</translation>
    </message>
    <message>
        <source>Agreed budget (the amount agreed with the plan)</source>
        <translation>Cyllideb wedi&apos;i chytuno (y swm y cytunwyd arno gyda&apos;r cynllun)</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Heb ei chytuno eto</translation>
    </message>
    <message>
        <source>The budget in a year</source>
        <translation>Y gyllideb mewn blwyddyn</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dyddiadau</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>O %1</translation>
    </message>
    <message>
        <source>How the amount was worked out</source>
        <translation>Sut cafodd y swm ei gyfrifo</translation>
    </message>
    <message>
        <source>With the council&apos;s questionnaire and scheme (Resource Allocation System)</source>
        <translation>Gyda holiadur a chynllun y cyngor (System Dyrannu Adnoddau)</translation>
    </message>
    <message>
        <source>The council gave the figure</source>
        <translation>Y cyngor roddodd y ffigur</translation>
    </message>
    <message>
        <source>Why the amount is what it is</source>
        <translation>Pam mae&apos;r swm fel y mae</translation>
    </message>
    <message>
        <source>Worked out with “%1” (%2), figures as of %3.</source>
        <extracomment>%1 the scheme&apos;s name, %2 who publishes it, %3 the date of its figures</extracomment>
        <translation>Wedi&apos;i gyfrifo gyda “%1” (%2), ffigurau ar %3.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A numbered step of the sum: &quot;3. 255 × £45 = £11,475 a year.&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Where the money comes from (funding streams)</source>
        <translation>O ble mae&apos;r arian yn dod (ffrydiau ariannu)</translation>
    </message>
    <message>
        <source>No funding streams are listed yet.</source>
        <translation>Does dim ffrydiau ariannu wedi&apos;u rhestru eto.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Amount %1</source>
        <translation>Swm %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>Not named yet</source>
        <translation>Heb ei enwi eto</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Fi</translation>
    </message>
    <message>
        <source>%1 (my nominee)</source>
        <translation>%1 (fy enwebai)</translation>
    </message>
    <message>
        <source>The council</source>
        <translation>Y cyngor</translation>
    </message>
    <message>
        <source>How my money is managed</source>
        <translation>Sut mae fy arian yn cael ei reoli</translation>
    </message>
    <message>
        <source>How it is managed</source>
        <translation>Sut mae&apos;n cael ei reoli</translation>
    </message>
    <message>
        <source>Each piece of support says which way it is paid for (see My support).</source>
        <translation>Mae pob darn o gymorth yn dweud sut mae&apos;n cael ei dalu (gweler Fy nghymorth).</translation>
    </message>
    <message>
        <source>There is no paid support in the plan yet.</source>
        <translation>Does dim cymorth â thâl yn y cynllun eto.</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Ffordd</translation>
    </message>
    <message>
        <source>Who holds the money</source>
        <translation>Pwy sy&apos;n dal yr arian</translation>
    </message>
    <message>
        <source>Pieces of support</source>
        <translation>Darnau o gymorth</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>Cost y flwyddyn</translation>
    </message>
    <message>
        <source>How the costs compare with the indicative budget</source>
        <translation>Sut mae&apos;r costau&apos;n cymharu â&apos;r gyllideb ddangosol</translation>
    </message>
    <message>
        <source>What your support costs, set beside the amount the council first suggested, and where the money goes. You can take this to a review, or to ask the council to look again at your budget.</source>
        <translation>Beth mae eich cymorth yn ei gostio, wrth ochr y swm a awgrymodd y cyngor gyntaf, a ble mae&apos;r arian yn mynd. Gallwch fynd â hyn i adolygiad, neu ei ddefnyddio i ofyn i&apos;r cyngor edrych eto ar eich cyllideb.</translation>
    </message>
    <message>
        <source>By the way the money is managed</source>
        <translation>Yn ôl sut mae&apos;r arian yn cael ei reoli</translation>
    </message>
    <message>
        <source>By what matters to me (outcomes)</source>
        <translation>Yn ôl beth sy&apos;n bwysig i mi (canlyniadau)</translation>
    </message>
    <message>
        <source>Support that helps with several outcomes is shared evenly between them.</source>
        <translation>Mae cymorth sy&apos;n helpu gyda sawl canlyniad yn cael ei rannu&apos;n gyfartal rhyngddyn nhw.</translation>
    </message>
    <message>
        <source>By area of life</source>
        <translation>Yn ôl maes bywyd</translation>
    </message>
    <message>
        <source>By where the money comes from (funding source)</source>
        <translation>Yn ôl o ble mae&apos;r arian yn dod (ffynhonnell ariannu)</translation>
    </message>
    <message>
        <source>Indicative budget</source>
        <translation>Cyllideb ddangosol</translation>
    </message>
    <message>
        <source>Agreed budget</source>
        <translation>Cyllideb wedi&apos;i chytuno</translation>
    </message>
    <message>
        <source>Your support costs</source>
        <translation>Mae eich cymorth yn costio</translation>
    </message>
    <message>
        <source>There is no indicative budget to compare with yet.</source>
        <translation>Does dim cyllideb ddangosol i gymharu â hi eto.</translation>
    </message>
    <message>
        <source>Your support costs the same as the indicative budget.</source>
        <translation>Mae eich cymorth yn costio&apos;r un faint â&apos;r gyllideb ddangosol.</translation>
    </message>
    <message>
        <source>Your support costs %1 less than the indicative budget.</source>
        <translation>Mae eich cymorth yn costio %1 yn llai na&apos;r gyllideb ddangosol.</translation>
    </message>
    <message>
        <source>Your support costs %1 more than the indicative budget.</source>
        <translation>Mae eich cymorth yn costio %1 yn fwy na&apos;r gyllideb ddangosol.</translation>
    </message>
    <message>
        <source>The agreed budget is %1 less than the indicative budget.</source>
        <translation>Mae&apos;r gyllideb wedi&apos;i chytuno %1 yn llai na&apos;r gyllideb ddangosol.</translation>
    </message>
    <message>
        <source>The agreed budget is %1 more than the indicative budget.</source>
        <translation>Mae&apos;r gyllideb wedi&apos;i chytuno %1 yn fwy na&apos;r gyllideb ddangosol.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>Not linked to an outcome</source>
        <translation>Heb gysylltiad â chanlyniad</translation>
    </message>
    <message>
        <source>In the budget %1</source>
        <translation>Yn y gyllideb %1</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Wedi&apos;i gynllunio %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Gwahaniaeth</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Yr un fath</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 dros y gyllideb</translation>
    </message>
    <message>
        <source>%1 not planned</source>
        <translation>%1 heb ei gynllunio</translation>
    </message>
    <message>
        <source>Not in the budget</source>
        <translation>Ddim yn y gyllideb</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Dim wedi&apos;u rhestru</translation>
    </message>
</context>
<context>
    <name>StandardPlanWriter</name>
    <message>
        <source>About this plan</source>
        <translation>Am y cynllun hwn</translation>
    </message>
    <message>
        <source>This is my support plan. It says what matters to me, the support I will get, what it costs and how the money is managed.</source>
        <translation>Dyma fy nghynllun cymorth. Mae&apos;n dweud beth sy&apos;n bwysig i mi, y cymorth y bydda i&apos;n ei gael, beth mae&apos;n ei gostio a sut mae&apos;r arian yn cael ei reoli.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Who helps me with this plan</source>
        <translation>Pwy sy&apos;n fy helpu gyda&apos;r cynllun hwn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Fersiwn y cynllun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Draft, not agreed yet (printed %1)</source>
        <translation>Drafft, heb ei gytuno eto (argraffwyd %1)</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Wedi&apos;i gytuno ar %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>Agreed on %1, since replaced by a newer version</source>
        <translation>Wedi&apos;i gytuno ar %1, a fersiwn mwy newydd wedi cymryd ei le ers hynny</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Wedi&apos;i ddisodli gan fersiwn mwy newydd</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Set when the plan is agreed</source>
        <translation>Caiff ei osod pan fydd y cynllun wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Argraffwyd ar</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>No outcomes are written yet.</source>
        <translation>Does dim canlyniadau wedi&apos;u hysgrifennu eto.</translation>
    </message>
    <message>
        <source>The things I want my support to help with (my outcomes), in my own words, and how I will know it is working.</source>
        <translation>Y pethau rydw i eisiau i fy nghymorth helpu gyda nhw (fy nghanlyniadau), yn fy ngeiriau fy hun, a sut bydda i&apos;n gwybod ei fod yn gweithio.</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>How I will know it is working</source>
        <translation>Sut bydda i&apos;n gwybod ei fod yn gweithio</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Heb ei ysgrifennu eto</translation>
    </message>
    <message>
        <source>My three most important</source>
        <translation>Fy nhri pheth pwysicaf</translation>
    </message>
    <message>
        <source>Also important to me</source>
        <translation>Hefyd yn bwysig i mi</translation>
    </message>
    <message>
        <source>My outcomes</source>
        <translation>Fy nghanlyniadau</translation>
    </message>
    <message>
        <source>Checking my plan</source>
        <translation>Gwirio fy nghynllun</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Ni chafwyd unrhyw broblemau.</translation>
    </message>
    <message>
        <source>The program checked the plan the way a careful support planner would. This is what it found, most important first.</source>
        <translation>Gwiriodd y rhaglen y cynllun fel y byddai cynlluniwr cymorth gofalus yn ei wneud. Dyma beth a ganfu, y pwysicaf yn gyntaf.</translation>
    </message>
    <message>
        <source>%1: </source>
        <extracomment>Before a finding: &quot;Needs changing: &quot;, &quot;Worth a look: &quot; or &quot;Tip: &quot;</extracomment>
        <translation>%1: </translation>
    </message>
    <message>
        <source>If something goes wrong (emergency and back-up plan)</source>
        <translation>Os bydd rhywbeth yn mynd o&apos;i le (cynllun argyfwng a chynllun wrth gefn)</translation>
    </message>
    <message>
        <source>There is no back-up plan yet: what happens if my support can&apos;t come, and who to call.</source>
        <translation>Does dim cynllun wrth gefn eto: beth sy&apos;n digwydd os na all fy nghymorth ddod, a phwy i&apos;w ffonio.</translation>
    </message>
    <message>
        <source>What happens if my support can&apos;t come</source>
        <translation>Beth sy&apos;n digwydd os na all fy nghymorth ddod</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Pwy i&apos;w ffonio</translation>
    </message>
    <message>
        <source>Their phone number</source>
        <translation>Eu rhif ffôn</translation>
    </message>
    <message>
        <source>If someone is in danger or badly hurt, call 999.</source>
        <translation>Os yw rhywun mewn perygl neu wedi&apos;i anafu&apos;n ddifrifol, ffoniwch 999.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Cytundeb</translation>
    </message>
    <message>
        <source>Not agreed yet.</source>
        <translation>Heb ei gytuno eto.</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Cytunwyd gan</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Dyddiad cytuno</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>A newer version of this plan has replaced it.</source>
        <translation>Mae fersiwn mwy newydd o&apos;r cynllun hwn wedi cymryd ei le.</translation>
    </message>
    <message>
        <source>By signing, we agree this plan.</source>
        <translation>Drwy lofnodi, rydyn ni&apos;n cytuno ar y cynllun hwn.</translation>
    </message>
    <message>
        <source>For the council</source>
        <translation>Ar ran y cyngor</translation>
    </message>
</context>
<context>
    <name>StatementAmountParser</name>
    <message>
        <source>The amount “%1” can&apos;t be read. %2</source>
        <translation>Nid oes modd darllen y swm “%1”. %2</translation>
    </message>
    <message>
        <source>There is no amount.</source>
        <translation>Does dim swm.</translation>
    </message>
    <message>
        <source>It has more than one sign, so it isn&apos;t clear whether the money went in or out.</source>
        <translation>Mae ganddo fwy nag un arwydd, felly nid yw&apos;n glir a aeth yr arian i mewn neu allan.</translation>
    </message>
    <message>
        <source>There is no number in it.</source>
        <translation>Does dim rhif ynddo.</translation>
    </message>
</context>
<context>
    <name>StatementColumns</name>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Dewiswch y golofn sy&apos;n dal y dyddiad.</translation>
    </message>
    <message>
        <source>Choose the column that holds the amount, or the columns for money paid out and money paid in.</source>
        <translation>Dewiswch y golofn sy&apos;n dal y swm, neu&apos;r colofnau ar gyfer arian a dalwyd allan ac arian a dalwyd i mewn.</translation>
    </message>
    <message>
        <source>This statement has only one column. Choose the columns again.</source>
        <translation>Dim ond un golofn sydd gan y gyfriflen hon. Dewiswch y colofnau eto.</translation>
    </message>
    <message>
        <source>This statement has only %1 columns. Choose the columns again.</source>
        <translation>Dim ond %1 colofn sydd gan y gyfriflen hon. Dewiswch y colofnau eto.</translation>
    </message>
    <message>
        <source>Column %1 is chosen for two things. Choose a different column for one of them.</source>
        <translation>Mae colofn %1 wedi&apos;i dewis ar gyfer dau beth. Dewiswch golofn wahanol ar gyfer un ohonyn nhw.</translation>
    </message>
</context>
<context>
    <name>StatementImporter</name>
    <message>
        <source>There is no file at %1. It may have been moved or renamed.</source>
        <translation>Does dim ffeil yn %1. Efallai ei bod wedi&apos;i symud neu wedi cael enw newydd.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the statement file inside it.</source>
        <translation>Ffolder yw %1. Dewiswch y ffeil gyfriflen sydd ynddi.</translation>
    </message>
    <message>
        <source>This file is too large to be a statement (more than 10 MB). Choose the CSV file your bank gave you, or ask for a shorter period.</source>
        <translation>Mae&apos;r ffeil hon yn rhy fawr i fod yn gyfriflen (mwy na 10 MB). Dewiswch y ffeil CSV a roddodd eich banc i chi, neu gofynnwch am gyfnod byrrach.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be opened. Check that you are allowed to read it and that it isn&apos;t open in another program, then try again.</source>
        <translation>Nid oedd modd agor y ffeil. Gwiriwch eich bod yn cael ei darllen ac nad yw ar agor mewn rhaglen arall, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to import. Choose the file your bank gave you.</source>
        <translation>Mae&apos;r ffeil hon yn wag, felly does dim i&apos;w fewnforio. Dewiswch y ffeil a roddodd eich banc i chi.</translation>
    </message>
    <message>
        <source>This file has only one column, so the date and the amount can&apos;t be told apart. A statement saved as CSV has its columns separated by commas: ask your bank for that kind of file.</source>
        <translation>Dim ond un golofn sydd gan y ffeil hon, felly nid oes modd gwahaniaethu rhwng y dyddiad a&apos;r swm. Mae gan gyfriflen wedi&apos;i chadw fel CSV golofnau wedi&apos;u gwahanu gan gomas: gofynnwch i&apos;ch banc am y math hwnnw o ffeil.</translation>
    </message>
    <message>
        <source>This row has %1 columns but the first row has %2. There may be a comma inside an amount (like 12,34) or inside words without quote marks, so the row can&apos;t be read safely.</source>
        <translation>Mae gan y rhes hon %1 colofn ond mae gan y rhes gyntaf %2. Efallai fod coma y tu mewn i swm (fel 12,34) neu y tu mewn i eiriau heb ddyfynodau, felly nid oes modd darllen y rhes yn ddiogel.</translation>
    </message>
    <message>
        <source>This row has only one column, so part of the payment is missing.</source>
        <translation>Dim ond un golofn sydd gan y rhes hon, felly mae rhan o&apos;r taliad ar goll.</translation>
    </message>
    <message>
        <source>This row has only %1 columns, so part of the payment is missing.</source>
        <translation>Dim ond %1 colofn sydd gan y rhes hon, felly mae rhan o&apos;r taliad ar goll.</translation>
    </message>
    <message>
        <source>There is no amount in the money out or money in column.</source>
        <translation>Does dim swm yn y golofn arian allan na&apos;r golofn arian i mewn.</translation>
    </message>
    <message>
        <source>There is an amount in both the money out and the money in column, so it isn&apos;t clear which way the money went.</source>
        <translation>Mae swm yn y golofn arian allan ac yn y golofn arian i mewn, felly nid yw&apos;n glir i ba gyfeiriad yr aeth yr arian.</translation>
    </message>
    <message>
        <source>The amount is £0, so there is nothing to record.</source>
        <translation>£0 yw&apos;r swm, felly does dim i&apos;w gofnodi.</translation>
    </message>
    <message>
        <source>This looks the same as row %1 (same date, amount and description), so it is left out. Tick it if it really is a second payment.</source>
        <translation>Mae hwn yn edrych yr un fath â rhes %1 (yr un dyddiad, swm a disgrifiad), felly mae wedi&apos;i adael allan. Ticiwch ef os yw wir yn ail daliad.</translation>
    </message>
    <message>
        <source>A payment with the same date, amount and description is already recorded, so this is left out. Tick it if it really is another payment.</source>
        <translation>Mae taliad gyda&apos;r un dyddiad, swm a disgrifiad wedi&apos;i gofnodi&apos;n barod, felly mae hwn wedi&apos;i adael allan. Ticiwch ef os yw wir yn daliad arall.</translation>
    </message>
</context>
<context>
    <name>StatementTextDecoder</name>
    <message>
        <source>This file isn&apos;t a CSV statement: it looks like another kind of file, such as a PDF or a spreadsheet. Ask your bank&apos;s website for the statement as a CSV file (sometimes called &quot;comma-separated&quot; or &quot;for spreadsheets&quot;) and choose that file.</source>
        <translation>Nid yw&apos;r ffeil hon yn gyfriflen CSV: mae&apos;n edrych fel math arall o ffeil, fel PDF neu daenlen. Gofynnwch ar wefan eich banc am y gyfriflen fel ffeil CSV (weithiau&apos;n cael ei galw&apos;n &quot;comma-separated&quot; neu&apos;n &quot;ar gyfer taenlenni&quot;) a dewiswch y ffeil honno.</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark</source>
        <translation>UTF-8 gyda nod trefn beit</translation>
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
        <translation>Does dim digon o le ar y ddisg i gadw hyn, felly ni newidiwyd dim. Rhyddhewch rywfaint o le (er enghraifft, gwagiwch y bin sbwriel) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This database can be read but not changed, so nothing was saved. Check that the file and its folder are not read-only, or ask whoever looks after this computer.</source>
        <translation>Gellir darllen y gronfa ddata hon ond nid ei newid, felly ni chafodd dim ei gadw. Gwiriwch nad yw&apos;r ffeil na&apos;i ffolder yn ddarllen yn unig, neu gofynnwch i&apos;r sawl sy&apos;n gofalu am y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>The database file, or the small working files kept beside it, couldn&apos;t be opened, so nothing was changed. Check that the folder exists and that you are allowed to change it, then try again.</source>
        <translation>Nid oedd modd agor ffeil y gronfa ddata, na&apos;r ffeiliau gwaith bach sy&apos;n cael eu cadw wrth ei hymyl, felly ni newidiwyd dim. Gwiriwch fod y ffolder yn bodoli a&apos;ch bod yn cael ei newid, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a Personal Budget Planner database, so it wasn&apos;t used. Choose the database file instead.</source>
        <translation>Nid yw&apos;r ffeil hon yn gronfa ddata Personal Budget Planner, felly ni chafodd ei defnyddio. Dewiswch ffeil y gronfa ddata yn lle hynny.</translation>
    </message>
    <message>
        <source>The database file is damaged, so this couldn&apos;t be done and nothing was changed. Use a backup copy if you have one, and keep the damaged file for whoever helps you with it.</source>
        <translation>Mae ffeil y gronfa ddata wedi&apos;i difrodi, felly nid oedd modd gwneud hyn ac ni newidiwyd dim. Defnyddiwch gopi wrth gefn os oes gennych un, a chadwch y ffeil sydd wedi&apos;i difrodi ar gyfer pwy bynnag sy&apos;n eich helpu gyda hi.</translation>
    </message>
    <message>
        <source>Another program is using the database right now, so nothing was changed. Close any other copy of Personal Budget Planner and try again.</source>
        <translation>Mae rhaglen arall yn defnyddio&apos;r gronfa ddata ar hyn o bryd, felly ni newidiwyd dim. Caewch unrhyw gopi arall o Personal Budget Planner a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This change clashes with what is already saved, so nothing was changed. This is a fault in the program: please report it with the details below.</source>
        <translation>Mae&apos;r newid hwn yn gwrthdaro â&apos;r hyn sydd wedi&apos;i gadw&apos;n barod, felly ni newidiwyd dim. Nam yn y rhaglen yw hwn: rhowch wybod amdano gyda&apos;r manylion isod.</translation>
    </message>
    <message>
        <source>The database couldn&apos;t do this, so nothing was changed. Try again; if it keeps happening, please report it with the details below.</source>
        <translation>Nid oedd y gronfa ddata yn gallu gwneud hyn, felly ni newidiwyd dim. Rhowch gynnig arall arni; os yw&apos;n dal i ddigwydd, rhowch wybod amdano gyda&apos;r manylion isod.</translation>
    </message>
    <message>
        <source>Part of this plan can&apos;t be read: the database holds a value this version of the program doesn&apos;t know. The file may have been changed by another program or be damaged. Use a backup copy if you have one.</source>
        <translation>Nid oes modd darllen rhan o&apos;r cynllun hwn: mae&apos;r gronfa ddata yn dal gwerth nad yw&apos;r fersiwn hwn o&apos;r rhaglen yn ei adnabod. Efallai fod y ffeil wedi&apos;i newid gan raglen arall neu wedi&apos;i difrodi. Defnyddiwch gopi wrth gefn os oes gennych un.</translation>
    </message>
    <message>
        <source>This person is no longer in the database, so nothing was changed. Go back to the caseload and open them again.</source>
        <translation>Nid yw&apos;r person hwn yn y gronfa ddata mwyach, felly ni newidiwyd dim. Ewch yn ôl i&apos;r llwyth achosion a&apos;i agor eto.</translation>
    </message>
    <message>
        <source>This plan is no longer in the database, so nothing was changed. Go back to the caseload and open it again.</source>
        <translation>Nid yw&apos;r cynllun hwn yn y gronfa ddata mwyach, felly ni newidiwyd dim. Ewch yn ôl i&apos;r llwyth achosion a&apos;i agor eto.</translation>
    </message>
    <message>
        <source>This couldn&apos;t be saved because of a fault in the program, so nothing was changed. Please report it with the details below.</source>
        <translation>Nid oedd modd cadw hyn oherwydd nam yn y rhaglen, felly ni newidiwyd dim. Rhowch wybod amdano gyda&apos;r manylion isod.</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Plan for %1, version %2 (%3)</source>
        <translation>Cynllun ar gyfer %1, fersiwn %2 (%3)</translation>
    </message>
    <message>
        <source>Budget:    %1</source>
        <translation>Cyllideb:    %1</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>heb ei gosod eto</translation>
    </message>
    <message>
        <source>Planned:   %1</source>
        <translation>Cynlluniwyd: %1</translation>
    </message>
    <message>
        <source>Over:      %1 more than the budget</source>
        <translation>Gormod:      %1 yn fwy na&apos;r gyllideb</translation>
    </message>
    <message>
        <source>Left over: %1</source>
        <translation>Dros ben:    %1</translation>
    </message>
    <message>
        <source>How the money is managed:</source>
        <translation>Sut mae&apos;r arian yn cael ei reoli:</translation>
    </message>
    <message>
        <source>What the money is for:</source>
        <translation>Ar gyfer beth mae&apos;r arian:</translation>
    </message>
    <message>
        <source>(not linked to an outcome)</source>
        <translation>(heb gysylltiad â chanlyniad)</translation>
    </message>
    <message>
        <source>Personal assistants costed with rates as of %1.</source>
        <translation>Cost cynorthwywyr personol wedi&apos;i chyfrifo gyda chyfraddau ar %1.</translation>
    </message>
    <message>
        <source>Show a plan&apos;s budget, planned cost and what is left over.</source>
        <translation>Dangos cyllideb cynllun, y gost a gynlluniwyd a beth sydd dros ben.</translation>
    </message>
</context>
<context>
    <name>SupportItemSummary</name>
    <message>
        <source>Not named yet</source>
        <translation>Heb ei enwi eto</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Di-dâl</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Wedi&apos;i dalu gan</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Yn helpu gyda</translation>
    </message>
    <message>
        <source>Cost a week</source>
        <translation>Cost yr wythnos</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>Cost y flwyddyn</translation>
    </message>
    <message>
        <source>Not linked to an outcome yet</source>
        <translation>Heb gysylltiad â chanlyniad eto</translation>
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
        <translation>Cyfanswm</translation>
    </message>
</context>
<context>
    <name>TextDocumentComposer</name>
    <message>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
</context>
<context>
    <name>UkDateParser</name>
    <message>
        <source>There is no date.</source>
        <translation>Does dim dyddiad.</translation>
    </message>
    <message>
        <source>The date “%1” can&apos;t be read. Dates should look like 31/01/2027, 31 Jan 2027 or 2027-01-31.</source>
        <translation>Nid oes modd darllen y dyddiad “%1”. Dylai dyddiadau edrych fel 31/01/2027, 31 Ion 2027 neu 2027-01-31.</translation>
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
        <translation>Agor y ffeil llwyth achosion hon.</translation>
    </message>
    <message>
        <source>Open a throwaway copy of the demo caseload (nothing of yours is touched).</source>
        <translation>Agor copi dros dro o&apos;r llwyth achosion enghreifftiol (does dim byd sy&apos;n eiddo i chi yn cael ei gyffwrdd).</translation>
    </message>
    <message>
        <source>Show the program in this language (en, cy, pl or ur).</source>
        <translation>Dangos y rhaglen yn yr iaith hon (en, cy, pl neu ur).</translation>
    </message>
    <message>
        <source>Show the commands and exit.</source>
        <translation>Dangos y gorchmynion a gadael.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Dangos y fersiwn a gadael.</translation>
    </message>
    <message>
        <source>A plan file to import into the caseload and open.</source>
        <translation>Ffeil gynllun i&apos;w mewnforio i&apos;r llwyth achosion a&apos;i hagor.</translation>
    </message>
    <message>
        <source>Hint: run &quot;pbplanner --help&quot; to see how to start it.</source>
        <translation>Awgrym: rhedwch &quot;pbplanner --help&quot; i weld sut i&apos;w chychwyn.</translation>
    </message>
    <message>
        <source>give one plan file to open, not %1.</source>
        <translation>rhowch un ffeil gynllun i&apos;w hagor, nid %1.</translation>
    </message>
    <message>
        <source>there is no translation into &quot;%1&quot;. Choose en, cy, pl or ur.</source>
        <translation>nid oes cyfieithiad i &quot;%1&quot;. Dewiswch en, cy, pl neu ur.</translation>
    </message>
</context>
<context>
    <name>pb::ui::AboutDialog</name>
    <message>
        <source>No cost-rate table is included.</source>
        <translation>Nid oes tabl cyfraddau costau wedi&apos;i gynnwys.</translation>
    </message>
    <message>
        <source>Rates as of %1, for %2 to %3.</source>
        <translation>Cyfraddau ar %1, ar gyfer %2 i %3.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> (a typical figure, not a quote)</source>
        <extracomment>after a source of a figure that is typical rather than the law</extracomment>
        <translation> (ffigur nodweddiadol, nid dyfynbris)</translation>
    </message>
    <message>
        <source>An example, not any council&apos;s real figures.</source>
        <translation>Enghraifft, nid ffigurau go iawn unrhyw gyngor.</translation>
    </message>
    <message>
        <source>From: %1. Figures as of %2.</source>
        <translation>O: %1. Ffigurau ar %2.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Ffynhonnell: %1</translation>
    </message>
    <message>
        <source>About Personal Budget Planner</source>
        <translation>Ynghylch Personal Budget Planner</translation>
    </message>
    <message>
        <source>Personal Budget Planner</source>
        <translation>Personal Budget Planner</translation>
    </message>
    <message>
        <source>About Personal Budget Planner: version, licence and sources</source>
        <translation>Ynghylch Personal Budget Planner: fersiwn, trwydded a ffynonellau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <source>Plan how to use a personal budget for care and support: know the budget, say what matters, choose how the money is managed, cost the support, check and agree the plan, and review it later.</source>
        <translation>Cynllunio sut i ddefnyddio cyllideb bersonol ar gyfer gofal a chymorth: gwybod beth yw&apos;r gyllideb, dweud beth sy&apos;n bwysig, dewis sut mae&apos;r arian yn cael ei reoli, cyfrifo cost y cymorth, gwirio&apos;r cynllun a chytuno arno, a&apos;i adolygu yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). You may use, study, share and change it; see the licence for the details.</source>
        <translation>Meddalwedd rydd o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach (GPL-3.0-or-later). Cewch ei defnyddio, ei hastudio, ei rhannu a&apos;i newid; gweler y drwydded am y manylion.</translation>
    </message>
    <message>
        <source>Costs of employing a personal assistant</source>
        <translation>Costau cyflogi cynorthwyydd personol</translation>
    </message>
    <message>
        <source>The costing uses the rate table whose dates cover the plan.</source>
        <translation>Mae&apos;r costau&apos;n cael eu cyfrifo gyda&apos;r tabl cyfraddau y mae ei ddyddiadau&apos;n cynnwys y cynllun.</translation>
    </message>
    <message>
        <source>Example budget questionnaires (RAS schemes)</source>
        <translation>Holiaduron cyllideb enghreifftiol (cynlluniau RAS)</translation>
    </message>
</context>
<context>
    <name>pb::ui::AboutMeStep</name>
    <message>
        <source>About me</source>
        <translation>Amdana i</translation>
    </message>
    <message>
        <source>Tell us who this plan is for and how to get in touch. You can change this at any time.</source>
        <translation>Dywedwch wrthon ni ar gyfer pwy mae&apos;r cynllun hwn a sut i gysylltu. Gallwch newid hyn ar unrhyw adeg.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Fi</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Fy enw</translation>
    </message>
    <message>
        <source>The name you like to be called</source>
        <translation>Yr enw rydych chi&apos;n hoffi cael eich galw wrtho</translation>
    </message>
    <message>
        <source>Who helps me with this plan</source>
        <translation>Pwy sy&apos;n fy helpu gyda&apos;r cynllun hwn</translation>
    </message>
    <message>
        <source>For example a family member, a friend or a support planner</source>
        <translation>Er enghraifft aelod o&apos;r teulu, ffrind neu gynlluniwr cymorth</translation>
    </message>
    <message>
        <source>The language I prefer</source>
        <translation>Yr iaith sy&apos;n well gen i</translation>
    </message>
    <message>
        <source>For example English, Cymraeg, Polski or اردو</source>
        <translation>Er enghraifft English, Cymraeg, Polski neu اردو</translation>
    </message>
    <message>
        <source>How to get in touch</source>
        <translation>Sut i gysylltu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Reading my plan</source>
        <translation>Darllen fy nghynllun</translation>
    </message>
    <message>
        <source>I would like my plan in easy-read, with large text and pictures</source>
        <translation>Hoffwn i gael fy nghynllun mewn fersiwn hawdd ei ddeall, gyda thestun mawr a lluniau</translation>
    </message>
    <message>
        <source>I would like easy-read</source>
        <translation>Hoffwn i gael fersiwn hawdd ei ddeall</translation>
    </message>
    <message>
        <source>change your details</source>
        <translation>newid eich manylion</translation>
    </message>
</context>
<context>
    <name>pb::ui::AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Who is this plan for?</source>
        <translation>Ar gyfer pwy mae&apos;r cynllun hwn?</translation>
    </message>
    <message>
        <source>Their &amp;name</source>
        <translation>&amp;Enw&apos;r person</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Enw&apos;r person</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Ychwanegu&apos;r person hwn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name</source>
        <translation>Rhowch enw&apos;r person</translation>
    </message>
</context>
<context>
    <name>pb::ui::AgreeDialog</name>
    <message>
        <source>Agree this plan</source>
        <translation>Cytuno ar y cynllun hwn</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Agree this plan?</source>
        <translation>Cytuno ar y cynllun hwn?</translation>
    </message>
    <message>
        <source>Needs changing</source>
        <translation>Angen newid</translation>
    </message>
    <message>
        <source>Something in your plan needs changing:</source>
        <translation>Mae angen newid rhywbeth yn eich cynllun:</translation>
    </message>
    <message>
        <source>Some things in your plan need changing:</source>
        <translation>Mae angen newid rhai pethau yn eich cynllun:</translation>
    </message>
    <message>
        <source>You can still agree it, because the council makes the final decision. Or you can go back and change them first.</source>
        <translation>Gallwch gytuno arno o hyd, oherwydd y cyngor sy&apos;n gwneud y penderfyniad terfynol. Neu gallwch fynd yn ôl a&apos;u newid yn gyntaf.</translation>
    </message>
    <message>
        <source>This version will be kept exactly as it is. To change it later you make a new version.</source>
        <translation>Bydd y fersiwn hwn yn cael ei gadw yn union fel y mae. I&apos;w newid yn nes ymlaen, rydych chi&apos;n gwneud fersiwn newydd.</translation>
    </message>
    <message>
        <source>Agreed by: %1</source>
        <translation>Cytunwyd gan: %1</translation>
    </message>
    <message>
        <source>First review: %1</source>
        <translation>Adolygiad cyntaf: %1</translation>
    </message>
    <message>
        <source>Not yet: go back without agreeing</source>
        <translation>Ddim eto: mynd yn ôl heb gytuno</translation>
    </message>
    <message>
        <source>Go back and change them</source>
        <translation>Mynd yn ôl a&apos;u newid</translation>
    </message>
    <message>
        <source>Go back and change what needs changing</source>
        <translation>Mynd yn ôl a newid beth sydd angen ei newid</translation>
    </message>
</context>
<context>
    <name>pb::ui::AgreeStep</name>
    <message>
        <source>Agree my plan</source>
        <translation>Cytuno ar fy nghynllun</translation>
    </message>
    <message>
        <source>When everyone is happy with the plan, agree it. The agreed plan is kept as it is; you can make a new version later.</source>
        <translation>Pan fydd pawb yn hapus gyda&apos;r cynllun, cytunwch arno. Mae&apos;r cynllun sydd wedi&apos;i gytuno yn cael ei gadw fel y mae; gallwch wneud fersiwn newydd yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Agree this plan</source>
        <translation>Cytuno ar y cynllun hwn</translation>
    </message>
    <message>
        <source>Agreeing the plan</source>
        <translation>Cytuno ar y cynllun</translation>
    </message>
    <message>
        <source>Who is agreeing the plan</source>
        <translation>Pwy sy&apos;n cytuno ar y cynllun</translation>
    </message>
    <message>
        <source>Names, and their role if it helps. For example: Aisha Khan and Kim Lee (social worker)</source>
        <translation>Enwau, a&apos;u rôl os yw&apos;n helpu. Er enghraifft: Aisha Khan a Kim Lee (gweithiwr cymdeithasol)</translation>
    </message>
    <message>
        <source>Date of the first review</source>
        <translation>Dyddiad yr adolygiad cyntaf</translation>
    </message>
    <message>
        <source>We suggest three months after the plan is agreed, to see how it is going. After that, your plan is looked at again once a year.</source>
        <translation>Rydyn ni&apos;n awgrymu tri mis ar ôl cytuno ar y cynllun, i weld sut mae&apos;n mynd. Ar ôl hynny, bydd eich cynllun yn cael ei adolygu eto unwaith y flwyddyn.</translation>
    </message>
    <message>
        <source>This plan is agreed</source>
        <translation>Mae&apos;r cynllun hwn wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>Versions of this plan</source>
        <translation>Fersiynau o&apos;r cynllun hwn</translation>
    </message>
    <message>
        <source>Each agreed version is kept exactly as it was agreed. The newest is at the top.</source>
        <translation>Mae pob fersiwn sydd wedi&apos;i gytuno yn cael ei gadw yn union fel y cafodd ei gytuno. Mae&apos;r mwyaf newydd ar y brig.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Cytuno</translation>
    </message>
    <message>
        <source>Your first review will be on %1.</source>
        <translation>Bydd eich adolygiad cyntaf ar %1.</translation>
    </message>
    <message>
        <source>Agreed on %1 by %2.</source>
        <extracomment>%1 a date, %2 who agreed: &quot;Agreed on 3 March 2027 by Aisha Khan and Kim Lee&quot;</extracomment>
        <translation>Wedi&apos;i gytuno ar %1 gan %2.</translation>
    </message>
    <message>
        <source>Next review: %1.</source>
        <translation>Adolygiad nesaf: %1.</translation>
    </message>
    <message>
        <source>A newer version of this plan has replaced it.</source>
        <translation>Mae fersiwn mwy newydd o&apos;r cynllun hwn wedi cymryd ei le.</translation>
    </message>
    <message>
        <source>This version is kept exactly as it is. To change the plan, choose “Make a new version” at the top of the page.</source>
        <translation>Mae&apos;r fersiwn hwn yn cael ei gadw yn union fel y mae. I newid y cynllun, dewiswch “Gwneud fersiwn newydd” ar frig y dudalen.</translation>
    </message>
    <message>
        <source>Something in your plan is marked “Needs changing” under “Check my plan”. You can still agree it: the council makes the final decision.</source>
        <translation>Mae rhywbeth yn eich cynllun wedi&apos;i farcio “Angen newid” o dan “Gwirio fy nghynllun”. Gallwch gytuno arno o hyd: y cyngor sy&apos;n gwneud y penderfyniad terfynol.</translation>
    </message>
    <message>
        <source>Some things in your plan are marked “Needs changing” under “Check my plan”. You can still agree the plan: the council makes the final decision.</source>
        <translation>Mae rhai pethau yn eich cynllun wedi&apos;u marcio “Angen newid” o dan “Gwirio fy nghynllun”. Gallwch gytuno ar y cynllun o hyd: y cyngor sy&apos;n gwneud y penderfyniad terfynol.</translation>
    </message>
    <message>
        <source>Enter who is agreeing the plan, for example “Aisha Khan and Kim Lee (social worker)”.</source>
        <translation>Rhowch enw pwy sy&apos;n cytuno ar y cynllun, er enghraifft “Aisha Khan a Kim Lee (gweithiwr cymdeithasol)”.</translation>
    </message>
</context>
<context>
    <name>pb::ui::BudgetDatesPanel</name>
    <message>
        <source>When your budget starts</source>
        <translation>Pryd mae eich cyllideb yn dechrau</translation>
    </message>
    <message>
        <source>Usually the date on the council&apos;s letter.</source>
        <translation>Fel arfer y dyddiad ar lythyr y cyngor.</translation>
    </message>
    <message>
        <source>When it ends</source>
        <translation>Pryd mae&apos;n dod i ben</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>Usually a year after it starts, when the council looks at your plan again.</source>
        <translation>Fel arfer blwyddyn ar ôl iddi ddechrau, pan fydd y cyngor yn edrych ar eich cynllun eto.</translation>
    </message>
    <message>
        <source>change when your budget starts</source>
        <translation>newid pryd mae eich cyllideb yn dechrau</translation>
    </message>
    <message>
        <source>Your budget can&apos;t end before it starts (%1). Choose a later date.</source>
        <translation>Ni all eich cyllideb ddod i ben cyn iddi ddechrau (%1). Dewiswch ddyddiad diweddarach.</translation>
    </message>
    <message>
        <source>change when your budget ends</source>
        <translation>newid pryd mae eich cyllideb yn dod i ben</translation>
    </message>
</context>
<context>
    <name>pb::ui::BudgetStep</name>
    <message>
        <source>My budget</source>
        <translation>Fy nghyllideb</translation>
    </message>
    <message>
        <source>Type in the amount the council gave you, or work it out by answering the council&apos;s questions.</source>
        <translation>Teipiwch y swm a roddodd y cyngor i chi, neu cyfrifwch ef drwy ateb cwestiynau&apos;r cyngor.</translation>
    </message>
    <message>
        <source>How do you want to set your budget?</source>
        <translation>Sut ydych chi eisiau gosod eich cyllideb?</translation>
    </message>
    <message>
        <source>Your amount</source>
        <translation>Eich swm</translation>
    </message>
    <message>
        <source>When the council agrees your budget</source>
        <translation>Pan fydd y cyngor yn cytuno ar eich cyllideb</translation>
    </message>
    <message>
        <source>The amount worked out here is a first estimate (the indicative budget). The council may agree a different amount with your plan: type it here when you know it.</source>
        <translation>Amcangyfrif cyntaf yw&apos;r swm sy&apos;n cael ei gyfrifo yma (y gyllideb ddangosol). Efallai y bydd y cyngor yn cytuno ar swm gwahanol gyda&apos;ch cynllun: teipiwch ef yma pan fyddwch chi&apos;n ei wybod.</translation>
    </message>
    <message>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <source>The amount the council agreed</source>
        <translation>Y swm y cytunodd y cyngor arno</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Heb ei gytuno eto</translation>
    </message>
    <message>
        <source>change the amount the council agreed</source>
        <translation>newid y swm y cytunodd y cyngor arno</translation>
    </message>
    <message>
        <source>When your budget runs</source>
        <translation>Pryd mae eich cyllideb yn rhedeg</translation>
    </message>
    <message>
        <source>Where the money comes from</source>
        <translation>O ble mae&apos;r arian yn dod</translation>
    </message>
    <message>
        <source>I know my amount (the council gave me a figure)</source>
        <translation>Rydw i&apos;n gwybod fy swm (rhoddodd y cyngor ffigur i mi)</translation>
    </message>
    <message>
        <source>Work it out by answering the council&apos;s questions</source>
        <translation>Ei gyfrifo drwy ateb cwestiynau&apos;r cyngor</translation>
    </message>
    <message>
        <source>choose how to set your budget</source>
        <translation>dewis sut i osod eich cyllideb</translation>
    </message>
    <message>
        <source>The amount the council agreed, %1</source>
        <translation>Y swm y cytunodd y cyngor arno, %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::CaseloadModel</name>
    <message>
        <source>No plan yet</source>
        <translation>Dim cynllun eto</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Wedi&apos;i archifo</translation>
    </message>
    <message>
        <source>Review due today</source>
        <translation>Adolygiad yn ddyledus heddiw</translation>
    </message>
    <message>
        <source>Review due (%1 weeks late)</source>
        <translation>Adolygiad yn ddyledus (%1 wythnos yn hwyr)</translation>
    </message>
    <message>
        <source>Review due (1 day late)</source>
        <translation>Adolygiad yn ddyledus (1 diwrnod yn hwyr)</translation>
    </message>
    <message>
        <source>Review due (%1 days late)</source>
        <translation>Adolygiad yn ddyledus (%1 diwrnod yn hwyr)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 dros y gyllideb</translation>
    </message>
    <message>
        <source>The review date was %1.</source>
        <translation>Dyddiad yr adolygiad oedd %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Budget a year</source>
        <translation>Cyllideb y flwyddyn</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Cyllideb</translation>
    </message>
    <message>
        <source>Planned a year</source>
        <translation>Wedi&apos;i gynllunio y flwyddyn</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Left over a year</source>
        <translation>Dros ben y flwyddyn</translation>
    </message>
    <message>
        <source>Left over</source>
        <translation>Dros ben</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
</context>
<context>
    <name>pb::ui::CaseloadPage</name>
    <message>
        <source>Show archived people</source>
        <translation>Dangos pobl sydd wedi&apos;u harchifo</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Agor cynllun</translation>
    </message>
    <message>
        <source>Start a new version</source>
        <translation>Dechrau fersiwn newydd</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archifo</translation>
    </message>
    <message>
        <source>People and their plans</source>
        <translation>Pobl a&apos;u cynlluniau</translation>
    </message>
    <message>
        <source>Open a plan to work on it, or add a person to start a new plan. Amounts are for a whole year.</source>
        <translation>Agorwch gynllun i weithio arno, neu ychwanegwch berson i ddechrau cynllun newydd. Mae&apos;r symiau ar gyfer blwyddyn gyfan.</translation>
    </message>
    <message>
        <source>&amp;Search by name</source>
        <translation>&amp;Chwilio yn ôl enw</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Teipiwch ran o enw</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Chwilio yn ôl enw</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Open the selected person&apos;s plan</source>
        <translation>Agor cynllun y person a ddewiswyd</translation>
    </message>
    <message>
        <source>Start a new version of the selected agreed plan</source>
        <translation>Dechrau fersiwn newydd o&apos;r cynllun a ddewiswyd sydd wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>Copies the agreed plan into a new draft you can change</source>
        <translation>Yn copïo&apos;r cynllun sydd wedi&apos;i gytuno i ddrafft newydd y gallwch ei newid</translation>
    </message>
    <message>
        <source>Archive or bring back the selected person</source>
        <translation>Archifo neu adfer y person a ddewiswyd</translation>
    </message>
    <message>
        <source>Only people whose review is due</source>
        <translation>Dim ond pobl y mae eu hadolygiad yn ddyledus</translation>
    </message>
    <message>
        <source>Review their plan</source>
        <translation>Adolygu eu cynllun</translation>
    </message>
    <message>
        <source>Review the selected person&apos;s agreed plan</source>
        <translation>Adolygu cynllun y person a ddewiswyd sydd wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>Look back at the agreed plan: how things have gone, what is working and what is not</source>
        <translation>Edrych yn ôl ar y cynllun sydd wedi&apos;i gytuno: sut mae pethau wedi mynd, beth sy&apos;n gweithio a beth sydd ddim</translation>
    </message>
    <message>
        <source>Checking the results</source>
        <translation>Gwirio&apos;r canlyniadau</translation>
    </message>
    <message>
        <source>Checking the results: reviews across everyone</source>
        <translation>Gwirio&apos;r canlyniadau: adolygiadau pawb</translation>
    </message>
    <message>
        <source>How people&apos;s lives have changed, from their reviews (Ctrl+R)</source>
        <translation>Sut mae bywydau pobl wedi newid, o&apos;u hadolygiadau (Ctrl+R)</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 o bobl</translation>
    </message>
    <message>
        <source>Showing %1 of %2 people</source>
        <translation>Yn dangos %1 o %2 o bobl</translation>
    </message>
</context>
<context>
    <name>pb::ui::CheckStep</name>
    <message>
        <source>Check my plan</source>
        <translation>Gwirio fy nghynllun</translation>
    </message>
    <message>
        <source>Look through your plan before you agree it. Choose a point to go straight to it.</source>
        <translation>Edrychwch drwy eich cynllun cyn i chi gytuno arno. Dewiswch bwynt i fynd yn syth ato.</translation>
    </message>
    <message>
        <source>Things to look at</source>
        <translation>Pethau i edrych arnyn nhw</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Amdana i</translation>
    </message>
    <message>
        <source>My budget</source>
        <translation>Fy nghyllideb</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>How my money is managed</source>
        <translation>Sut mae fy arian yn cael ei reoli</translation>
    </message>
    <message>
        <source>My support</source>
        <translation>Fy nghymorth</translation>
    </message>
    <message>
        <source>If my support can&apos;t come (back-up plan)</source>
        <translation>Os na all fy nghymorth ddod (cynllun wrth gefn)</translation>
    </message>
    <message>
        <source>Your plan has no problems we can see.</source>
        <translation>Does gan eich cynllun ddim problemau y gallwn ni eu gweld.</translation>
    </message>
    <message>
        <source>Here is what we noticed. Those marked “Needs changing” come first: the council may not agree the plan as it is. Choose one to go straight to it.</source>
        <translation>Dyma beth wnaethon ni sylwi arno. Mae&apos;r rhai sydd wedi&apos;u marcio “Angen newid” yn dod gyntaf: efallai na fydd y cyngor yn cytuno ar y cynllun fel y mae. Dewiswch un i fynd yn syth ato.</translation>
    </message>
    <message>
        <source>Here is what we noticed. Choose one to go straight to it.</source>
        <translation>Dyma beth wnaethon ni sylwi arno. Dewiswch un i fynd yn syth ato.</translation>
    </message>
</context>
<context>
    <name>pb::ui::DirectPaymentReturnDialog</name>
    <message>
        <source>Direct payment return</source>
        <translation>Ffurflen taliad uniongyrchol</translation>
    </message>
    <message>
        <source>The account of the money for a period, as councils ask for it: the money in the account at the start, the money paid in, the money paid out by kind of support, and the money at the end.</source>
        <translation>Cyfrif o&apos;r arian ar gyfer cyfnod, fel mae cynghorau&apos;n gofyn amdano: yr arian yn y cyfrif ar y dechrau, yr arian a dalwyd i mewn, yr arian a dalwyd allan yn ôl math o gymorth, a&apos;r arian ar y diwedd.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Diwrnod cyntaf y cyfnod</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Diwrnod olaf y cyfnod</translation>
    </message>
    <message>
        <source>Save as a spreadsheet (CSV)…</source>
        <translation>Cadw fel taenlen (CSV)…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>The last day is before the first day. Choose the dates again.</source>
        <translation>Mae&apos;r diwrnod olaf cyn y diwrnod cyntaf. Dewiswch y dyddiadau eto.</translation>
    </message>
    <message>
        <source>Money in the account on %1: %2</source>
        <translation>Arian yn y cyfrif ar %1: %2</translation>
    </message>
    <message>
        <source>Money paid in: %1</source>
        <translation>Arian a dalwyd i mewn: %1</translation>
    </message>
    <message>
        <source>Money paid out: %1</source>
        <translation>Arian a dalwyd allan: %1</translation>
    </message>
    <message>
        <source>1 payment in this period.</source>
        <translation>1 taliad yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>%1 payments in this period.</source>
        <translation>%1 taliad yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Wedi&apos;i gadw fel %1.</translation>
    </message>
    <message>
        <source>Save the return as PDF</source>
        <translation>Cadw&apos;r ffurflen fel PDF</translation>
    </message>
    <message>
        <source>Save the return as a spreadsheet</source>
        <translation>Cadw&apos;r ffurflen fel taenlen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (CSV) (*.csv)</source>
        <translation>Taenlenni (CSV) (*.csv)</translation>
    </message>
</context>
<context>
    <name>pb::ui::EnteredAmountPanel</name>
    <message>
        <source>How much is your budget?</source>
        <translation>Faint yw eich cyllideb?</translation>
    </message>
    <message>
        <source>The figure in pounds from the council&apos;s letter, like 12000 or 230.50.</source>
        <translation>Y ffigur mewn punnoedd o lythyr y cyngor, fel 12000 neu 230.50.</translation>
    </message>
    <message>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <source>in pounds</source>
        <translation>mewn punnoedd</translation>
    </message>
    <message>
        <source>Your budget</source>
        <translation>Eich cyllideb</translation>
    </message>
    <message>
        <source>Is that for a week, four weeks, a month or a year?</source>
        <translation>Ai ar gyfer wythnos, pedair wythnos, mis neu flwyddyn mae hynny?</translation>
    </message>
    <message>
        <source>How often you get this amount</source>
        <translation>Pa mor aml rydych chi&apos;n cael y swm hwn</translation>
    </message>
    <message>
        <source>Has the council agreed this amount?</source>
        <translation>Ydy&apos;r cyngor wedi cytuno ar y swm hwn?</translation>
    </message>
    <message>
        <source>The council first works out an estimate of your budget. It agrees the final amount with you when it agrees your plan.</source>
        <translation>Mae&apos;r cyngor yn cyfrifo amcangyfrif o&apos;ch cyllideb yn gyntaf. Mae&apos;n cytuno ar y swm terfynol gyda chi pan fydd yn cytuno ar eich cynllun.</translation>
    </message>
    <message>
        <source>Not yet: this is the council&apos;s first estimate (the indicative budget)</source>
        <translation>Ddim eto: dyma amcangyfrif cyntaf y cyngor (y gyllideb ddangosol)</translation>
    </message>
    <message>
        <source>Yes: the council has agreed this amount (the agreed budget)</source>
        <translation>Ydy: mae&apos;r cyngor wedi cytuno ar y swm hwn (y gyllideb wedi&apos;i chytuno)</translation>
    </message>
    <message>
        <source>change your budget</source>
        <translation>newid eich cyllideb</translation>
    </message>
    <message>
        <source>say whether the council agreed your budget</source>
        <translation>dweud a yw&apos;r cyngor wedi cytuno ar eich cyllideb</translation>
    </message>
    <message>
        <source>change how often you get your budget</source>
        <translation>newid pa mor aml rydych chi&apos;n cael eich cyllideb</translation>
    </message>
    <message>
        <source>The council&apos;s first estimate (the indicative budget) was %1.</source>
        <translation>Amcangyfrif cyntaf y cyngor (y gyllideb ddangosol) oedd %1.</translation>
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
        <translation>Yn agor y rhan o&apos;ch cynllun y mae hyn yn ymwneud â hi</translation>
    </message>
    <message>
        <source>Go to this part of your plan</source>
        <translation>Mynd i&apos;r rhan hon o&apos;ch cynllun</translation>
    </message>
</context>
<context>
    <name>pb::ui::FundingStreamModel</name>
    <message>
        <source>Where it comes from</source>
        <translation>O ble mae&apos;n dod</translation>
    </message>
    <message>
        <source>Amount %1</source>
        <extracomment>The period phrase: &quot;a week&quot;, &quot;a year&quot;…</extracomment>
        <translation>Swm %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
</context>
<context>
    <name>pb::ui::FundingStreamsPanel</name>
    <message>
        <source>Add a funding stream</source>
        <translation>Ychwanegu ffrwd ariannu</translation>
    </message>
    <message>
        <source>Remove this funding stream</source>
        <translation>Tynnu&apos;r ffrwd ariannu hon</translation>
    </message>
    <message>
        <source>The funding stream you chose</source>
        <translation>Y ffrwd ariannu a ddewisoch</translation>
    </message>
    <message>
        <source>Most budgets come only from the council. If part of yours comes from somewhere else (the NHS, a grant, or your own contribution), add each part here, in the same period as your budget.</source>
        <translation>Mae&apos;r rhan fwyaf o gyllidebau&apos;n dod gan y cyngor yn unig. Os yw rhan o&apos;ch un chi&apos;n dod o rywle arall (yr NHS, grant, neu eich cyfraniad eich hun), ychwanegwch bob rhan yma, yn yr un cyfnod â&apos;ch cyllideb.</translation>
    </message>
    <message>
        <source>Funding streams</source>
        <translation>Ffrydiau ariannu</translation>
    </message>
    <message>
        <source>Remove the chosen funding stream</source>
        <translation>Tynnu&apos;r ffrwd ariannu a ddewiswyd</translation>
    </message>
    <message>
        <source>Takes the chosen funding stream out of your budget (Delete)</source>
        <translation>Yn tynnu&apos;r ffrwd ariannu a ddewiswyd allan o&apos;ch cyllideb (Delete)</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>O ble mae&apos;n dod</translation>
    </message>
    <message>
        <source>Where this funding stream comes from</source>
        <translation>O ble mae&apos;r ffrwd ariannu hon yn dod</translation>
    </message>
    <message>
        <source>change where a funding stream comes from</source>
        <translation>newid o ble mae ffrwd ariannu yn dod</translation>
    </message>
    <message>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <source>Amount of this funding stream</source>
        <translation>Swm y ffrwd ariannu hon</translation>
    </message>
    <message>
        <source>change the amount of a funding stream</source>
        <translation>newid swm ffrwd ariannu</translation>
    </message>
    <message>
        <source>Note (if you want one)</source>
        <translation>Nodyn (os ydych chi eisiau un)</translation>
    </message>
    <message>
        <source>For example “the council&apos;s share” or “my assessed contribution”.</source>
        <translation>Er enghraifft “cyfran y cyngor” neu “fy nghyfraniad wedi&apos;i asesu”.</translation>
    </message>
    <message>
        <source>Note about this funding stream</source>
        <translation>Nodyn am y ffrwd ariannu hon</translation>
    </message>
    <message>
        <source>change the note on a funding stream</source>
        <translation>newid y nodyn ar ffrwd ariannu</translation>
    </message>
    <message>
        <source>You haven&apos;t added any funding streams. If all your budget comes from the council, you don&apos;t need to.</source>
        <translation>Dydych chi ddim wedi ychwanegu unrhyw ffrydiau ariannu. Os yw eich holl gyllideb yn dod gan y cyngor, does dim angen i chi wneud hynny.</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1.</source>
        <translation>Mae eich ffrydiau ariannu yn dod i %1.</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1, which matches your budget.</source>
        <translation>Mae eich ffrydiau ariannu yn dod i %1, sy&apos;n cyfateb i&apos;ch cyllideb.</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1, which is %2 less than your budget.</source>
        <translation>Mae eich ffrydiau ariannu yn dod i %1, sef %2 yn llai na&apos;ch cyllideb.</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1, which is %2 more than your budget.</source>
        <translation>Mae eich ffrydiau ariannu yn dod i %1, sef %2 yn fwy na&apos;ch cyllideb.</translation>
    </message>
    <message>
        <source>add a funding stream</source>
        <translation>ychwanegu ffrwd ariannu</translation>
    </message>
    <message>
        <source>remove a funding stream</source>
        <translation>tynnu ffrwd ariannu</translation>
    </message>
    <message>
        <source>Amount %1</source>
        <translation>Swm %1</translation>
    </message>
    <message>
        <source>About this funding stream: %1</source>
        <translation>Am y ffrwd ariannu hon: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::Heading</name>
    <message>
        <source>Page heading</source>
        <translation>Pennawd y dudalen</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Pennawd</translation>
    </message>
</context>
<context>
    <name>pb::ui::HelpWindow</name>
    <message>
        <source>Help - Personal Budget Planner</source>
        <translation>Help - Personal Budget Planner</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Search help</source>
        <translation>&amp;Chwilio&apos;r help</translation>
    </message>
    <message>
        <source>For example: direct payment</source>
        <translation>Er enghraifft: taliad uniongyrchol</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>Chwilio&apos;r help</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Pynciau help</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Tudalen help</translation>
    </message>
    <message>
        <source>%1 - Help</source>
        <translation>%1 - Help</translation>
    </message>
</context>
<context>
    <name>pb::ui::IsfRolloverModel</name>
    <message>
        <source>%1 to %2</source>
        <extracomment>a plan month: &quot;6 Apr to 5 May 2026&quot;</extracomment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>%1 (overspent)</source>
        <translation>%1 (wedi gorwario)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>From the month before</source>
        <translation>O&apos;r mis cynt</translation>
    </message>
    <message>
        <source>This month&apos;s money</source>
        <translation>Arian y mis hwn</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Wedi&apos;i wario</translation>
    </message>
    <message>
        <source>Rolls over</source>
        <translation>Yn cael ei gario drosodd</translation>
    </message>
</context>
<context>
    <name>pb::ui::LanguageChooser</name>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The language of the program, its help and the plans it prints</source>
        <translation>Iaith y rhaglen, ei chymorth a&apos;r cynlluniau y mae&apos;n eu hargraffu</translation>
    </message>
    <message>
        <source>The computer&apos;s language (%1)</source>
        <translation>Iaith y cyfrifiadur (%1)</translation>
    </message>
    <message>
        <source>&amp;Use this language</source>
        <translation>&amp;Defnyddio&apos;r iaith hon</translation>
    </message>
    <message>
        <source>Use the language chosen in the list</source>
        <translation>Defnyddio&apos;r iaith a ddewiswyd yn y rhestr</translation>
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
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New caseload file…</source>
        <translation>Ffeil llwyth achosion &amp;newydd…</translation>
    </message>
    <message>
        <source>New caseload file</source>
        <translation>Ffeil llwyth achosion newydd</translation>
    </message>
    <message>
        <source>Caseload files (*.pbdb)</source>
        <translation>Ffeiliau llwyth achosion (*.pbdb)</translation>
    </message>
    <message>
        <source>&amp;Open caseload file…</source>
        <translation>&amp;Agor ffeil llwyth achosion…</translation>
    </message>
    <message>
        <source>Open caseload file</source>
        <translation>Agor ffeil llwyth achosion</translation>
    </message>
    <message>
        <source>Caseload files (*.pbdb);;All files (*)</source>
        <translation>Ffeiliau llwyth achosion (*.pbdb);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Agor ffeiliau d&amp;iweddar</translation>
    </message>
    <message>
        <source>&amp;Import a plan file…</source>
        <translation>&amp;Mewnforio ffeil gynllun…</translation>
    </message>
    <message>
        <source>Import a plan file</source>
        <translation>Mewnforio ffeil gynllun</translation>
    </message>
    <message>
        <source>Plan files (*.pbplan)</source>
        <translation>Ffeiliau cynllun (*.pbplan)</translation>
    </message>
    <message>
        <source>&amp;Export this plan as a plan file…</source>
        <translation>A&amp;llforio&apos;r cynllun hwn fel ffeil gynllun…</translation>
    </message>
    <message>
        <source>Export this plan</source>
        <translation>Allforio&apos;r cynllun hwn</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>Print pre&amp;view</source>
        <translation>Rha&amp;golwg argraffu</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw fel P&amp;DF…</translation>
    </message>
    <message>
        <source>Save eas&amp;y-read PDF…</source>
        <translation>Cadw PDF &amp;hawdd ei ddeall…</translation>
    </message>
    <message>
        <source>Save support as a &amp;spreadsheet (CSV)…</source>
        <translation>Cadw cymorth fel &amp;taenlen (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Back to all people</source>
        <translation>&amp;Yn ôl at bawb</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ail-wneud</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Testun &amp;mwy</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Testun &amp;llai</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Maint testun &amp;arferol</translation>
    </message>
    <message>
        <source>Checking the &amp;results</source>
        <translation>Gwirio&apos;r &amp;canlyniadau</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>&amp;Help ar gyfer y dudalen hon</translation>
    </message>
    <message>
        <source>&amp;Glossary of words</source>
        <translation>&amp;Geirfa</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>&amp;About Personal Budget Planner</source>
        <translation>&amp;Ynghylch Personal Budget Planner</translation>
    </message>
    <message>
        <source>This caseload file was updated to work with this version. A copy from before the update is at %1.</source>
        <translation>Cafodd y ffeil llwyth achosion hon ei diweddaru i weithio gyda&apos;r fersiwn hwn. Mae copi o&apos;r ffeil fel yr oedd cyn y diweddariad yn %1.</translation>
    </message>
    <message>
        <source>Start my plan</source>
        <translation>Dechrau fy nghynllun</translation>
    </message>
    <message>
        <source>Open a caseload file first, then check its results.</source>
        <translation>Agorwch ffeil llwyth achosion yn gyntaf, yna gwiriwch ei chanlyniadau.</translation>
    </message>
    <message>
        <source>Open or make a caseload file first, then import the plan into it.</source>
        <translation>Agorwch neu gwnewch ffeil llwyth achosion yn gyntaf, yna mewnforiwch y cynllun iddi.</translation>
    </message>
    <message>
        <source>%1&apos;s plan was imported as a new draft.</source>
        <translation>Cafodd cynllun %1 ei fewnforio fel drafft newydd.</translation>
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation>Cafodd y cynllun ei gadw fel %1.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Dewisiadau…</translation>
    </message>
</context>
<context>
    <name>pb::ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cau&apos;r neges hon</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Gwybodaeth</translation>
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
        <translation>Er enghraifft 120 neu 120.50</translation>
    </message>
</context>
<context>
    <name>pb::ui::MoneyManagementStep</name>
    <message>
        <source>You choose your support and pay for it, and you can employ your own staff. The most freedom, but you keep receipts and records for the council. It can&apos;t pay for a long stay in a care home.</source>
        <translation>Rydych chi&apos;n dewis eich cymorth ac yn talu amdano, a gallwch gyflogi eich staff eich hun. Dyma&apos;r rhyddid mwyaf, ond rydych chi&apos;n cadw derbynebau a chofnodion ar gyfer y cyngor. Ni all dalu am arhosiad hir mewn cartref gofal.</translation>
    </message>
    <message>
        <source>The council books and pays for your support with you. No records to keep, but less choice. If something goes wrong, you ring the council.</source>
        <translation>Mae&apos;r cyngor yn trefnu ac yn talu am eich cymorth gyda chi. Dim cofnodion i&apos;w cadw, ond llai o ddewis. Os bydd rhywbeth yn mynd o&apos;i le, rydych chi&apos;n ffonio&apos;r cyngor.</translation>
    </message>
    <message>
        <source>A provider you choose holds the money and arranges your support the way you ask. Money not spent one month carries over to the next. You ring the provider.</source>
        <translation>Mae darparwr rydych chi&apos;n ei ddewis yn dal yr arian ac yn trefnu eich cymorth fel rydych chi&apos;n gofyn. Mae arian sydd heb ei wario un mis yn cael ei gario drosodd i&apos;r mis nesaf. Rydych chi&apos;n ffonio&apos;r darparwr.</translation>
    </message>
    <message>
        <source>A person or organisation you trust gets the money and does the paperwork for you. You still decide what support you get. You ring them.</source>
        <translation>Mae person neu sefydliad rydych chi&apos;n ymddiried ynddo yn cael yr arian ac yn gwneud y gwaith papur i chi. Chi sy&apos;n dal i benderfynu pa gymorth rydych chi&apos;n ei gael. Rydych chi&apos;n eu ffonio nhw.</translation>
    </message>
    <message>
        <source>Part of the money is paid to you and part is arranged for you. For each piece of support you say how it is paid, under “My support”.</source>
        <translation>Mae rhan o&apos;r arian yn cael ei thalu i chi a rhan yn cael ei threfnu i chi. Ar gyfer pob darn o gymorth rydych chi&apos;n dweud sut mae&apos;n cael ei dalu, o dan “Fy nghymorth”.</translation>
    </message>
    <message>
        <source>How my money is managed</source>
        <translation>Sut mae fy arian yn cael ei reoli</translation>
    </message>
    <message>
        <source>Choose who looks after the money and arranges your support. You can use more than one way.</source>
        <translation>Dewiswch pwy sy&apos;n gofalu am yr arian ac yn trefnu eich cymorth. Gallwch ddefnyddio mwy nag un ffordd.</translation>
    </message>
    <message>
        <source>Pay for all my support this way</source>
        <translation>Talu am fy holl gymorth fel hyn</translation>
    </message>
    <message>
        <source>Who looks after the money</source>
        <translation>Pwy sy&apos;n gofalu am yr arian</translation>
    </message>
    <message>
        <source>Who the money is paid to, if not you (nominee)</source>
        <translation>I bwy mae&apos;r arian yn cael ei dalu, os nad i chi (enwebai)</translation>
    </message>
    <message>
        <source>For example a family member who looks after the bank account for you. Leave this empty if the money is paid to you.</source>
        <translation>Er enghraifft aelod o&apos;r teulu sy&apos;n gofalu am y cyfrif banc i chi. Gadewch hwn yn wag os yw&apos;r arian yn cael ei dalu i chi.</translation>
    </message>
    <message>
        <source>The provider who holds the money</source>
        <translation>Y darparwr sy&apos;n dal yr arian</translation>
    </message>
    <message>
        <source>The care provider you chose, for example a home care agency.</source>
        <translation>Y darparwr gofal a ddewisoch, er enghraifft asiantaeth gofal cartref.</translation>
    </message>
    <message>
        <source>Who manages the money for you</source>
        <translation>Pwy sy&apos;n rheoli&apos;r arian i chi</translation>
    </message>
    <message>
        <source>A person you trust, or an organisation such as a direct payment support service.</source>
        <translation>Person rydych chi&apos;n ymddiried ynddo, neu sefydliad fel gwasanaeth cymorth taliadau uniongyrchol.</translation>
    </message>
    <message>
        <source>How your support is paid for</source>
        <translation>Sut mae eich cymorth yn cael ei dalu</translation>
    </message>
    <message>
        <source>When you add support under “My support”, you will see here how much is paid each way.</source>
        <translation>Pan fyddwch chi&apos;n ychwanegu cymorth o dan “Fy nghymorth”, byddwch chi&apos;n gweld yma faint sy&apos;n cael ei dalu ym mhob ffordd.</translation>
    </message>
    <message>
        <source>How your support is paid for, a year</source>
        <translation>Sut mae eich cymorth yn cael ei dalu, y flwyddyn</translation>
    </message>
    <message>
        <source>change who holds the money</source>
        <translation>newid pwy sy&apos;n dal yr arian</translation>
    </message>
    <message>
        <source>change how the money is managed</source>
        <translation>newid sut mae&apos;r arian yn cael ei reoli</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>a %1 arall</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>pay for all support the same way</source>
        <translation>talu am bob cymorth yn yr un ffordd</translation>
    </message>
    <message>
        <source>change how support is paid</source>
        <translation>newid sut mae cymorth yn cael ei dalu</translation>
    </message>
    <message>
        <source>Some of your support is paid another way: %1.</source>
        <translation>Mae rhywfaint o&apos;ch cymorth yn cael ei dalu mewn ffordd arall: %1.</translation>
    </message>
    <message>
        <source>Pay for all my support this way: %1</source>
        <translation>Talu am fy holl gymorth fel hyn: %1</translation>
    </message>
    <message>
        <source>%1 is paid to you</source>
        <translation>Mae %1 yn cael ei dalu i chi</translation>
    </message>
    <message>
        <source>%1 is paid to %2 for you</source>
        <translation>Mae %1 yn cael ei dalu i %2 ar eich rhan</translation>
    </message>
    <message>
        <source>%1 the council arranges</source>
        <translation>Mae&apos;r cyngor yn trefnu %1</translation>
    </message>
    <message>
        <source>%1 is held for you by a provider</source>
        <translation>Mae %1 yn cael ei ddal i chi gan ddarparwr</translation>
    </message>
    <message>
        <source>%1 is held for you by %2</source>
        <translation>Mae %1 yn cael ei ddal i chi gan %2</translation>
    </message>
    <message>
        <source>%1 is managed for you by someone else</source>
        <translation>Mae %1 yn cael ei reoli i chi gan rywun arall</translation>
    </message>
    <message>
        <source>%1 is managed for you by %2</source>
        <translation>Mae %1 yn cael ei reoli i chi gan %2</translation>
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
        <translation>Talu am y cyfan fel hyn</translation>
    </message>
    <message>
        <source>Keep each as it is</source>
        <translation>Cadw pob un fel y mae</translation>
    </message>
    <message>
        <source>Don&apos;t change anything</source>
        <translation>Peidio â newid dim</translation>
    </message>
    <message>
        <source>Pay for all your support this way?</source>
        <translation>Talu am eich holl gymorth fel hyn?</translation>
    </message>
    <message>
        <source>You chose: %1.</source>
        <translation>Fe wnaethoch chi ddewis: %1.</translation>
    </message>
    <message>
        <source>Some of your support is paid another way:</source>
        <translation>Mae rhywfaint o&apos;ch cymorth yn cael ei dalu mewn ffordd arall:</translation>
    </message>
    <message>
        <source>Do you want all of your support paid this way? You can change each piece of support later under “My support”, and you can undo this.</source>
        <translation>Ydych chi eisiau i&apos;ch holl gymorth gael ei dalu fel hyn? Gallwch newid pob darn o gymorth yn nes ymlaen o dan “Fy nghymorth”, a gallwch ddadwneud hyn.</translation>
    </message>
</context>
<context>
    <name>pb::ui::OutcomeCard</name>
    <message>
        <source>This is one of my three most important</source>
        <translation>Dyma un o fy nhri pheth pwysicaf</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>Yn fy ngeiriau fy hun</translation>
    </message>
    <message>
        <source>For example: I want to go swimming every week with a friend</source>
        <translation>Er enghraifft: Rydw i eisiau mynd i nofio bob wythnos gyda ffrind</translation>
    </message>
    <message>
        <source>Which part of my life it is about (life area)</source>
        <translation>Pa ran o fy mywyd mae&apos;n ymwneud â hi (maes bywyd)</translation>
    </message>
    <message>
        <source>How I will know it is working</source>
        <translation>Sut bydda i&apos;n gwybod ei fod yn gweithio</translation>
    </message>
    <message>
        <source>For example: I have been swimming 40 times this year</source>
        <translation>Er enghraifft: Rydw i wedi bod yn nofio 40 gwaith eleni</translation>
    </message>
    <message>
        <source>Move this outcome up the list (Alt+Up)</source>
        <translation>Symud y canlyniad hwn i fyny&apos;r rhestr (Alt+Up)</translation>
    </message>
    <message>
        <source>Move this outcome down the list (Alt+Down)</source>
        <translation>Symud y canlyniad hwn i lawr y rhestr (Alt+Down)</translation>
    </message>
    <message>
        <source>Take this outcome out of the plan. You can undo this.</source>
        <translation>Tynnu&apos;r canlyniad hwn allan o&apos;r cynllun. Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <source>Outcome %1</source>
        <translation>Canlyniad %1</translation>
    </message>
    <message>
        <source>Outcome %1 of %2</source>
        <translation>Canlyniad %1 o %2</translation>
    </message>
    <message>
        <source>Outcome %1, in my own words</source>
        <translation>Canlyniad %1, yn fy ngeiriau fy hun</translation>
    </message>
    <message>
        <source>Outcome %1, which part of my life it is about</source>
        <translation>Canlyniad %1, pa ran o fy mywyd mae&apos;n ymwneud â hi</translation>
    </message>
    <message>
        <source>Outcome %1, how I will know it is working</source>
        <translation>Canlyniad %1, sut bydda i&apos;n gwybod ei fod yn gweithio</translation>
    </message>
    <message>
        <source>Outcome %1 is one of my three most important</source>
        <translation>Mae canlyniad %1 yn un o fy nhri pheth pwysicaf</translation>
    </message>
    <message>
        <source>Move outcome %1 up</source>
        <translation>Symud canlyniad %1 i fyny</translation>
    </message>
    <message>
        <source>Move outcome %1 down</source>
        <translation>Symud canlyniad %1 i lawr</translation>
    </message>
    <message>
        <source>Remove outcome %1</source>
        <translation>Tynnu canlyniad %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::OutcomeReviewCard</name>
    <message>
        <source>Since my plan began, this is:</source>
        <translation>Ers i fy nghynllun ddechrau, mae hyn:</translation>
    </message>
    <message>
        <source>What I want to say about it (if anything)</source>
        <translation>Beth rydw i eisiau ei ddweud amdano (os unrhyw beth)</translation>
    </message>
    <message>
        <source>%1 (one of my three most important)</source>
        <translation>%1 (un o fy nhri pheth pwysicaf)</translation>
    </message>
    <message>
        <source>%1. How I will know it is working: %2</source>
        <extracomment>%1 a life area, %2 the person&apos;s words</extracomment>
        <translation>%1. Sut bydda i&apos;n gwybod ei fod yn gweithio: %2</translation>
    </message>
    <message>
        <source>What I want to say about: %1</source>
        <extracomment>the comment field&apos;s name for screen readers</extracomment>
        <translation>Beth rydw i eisiau ei ddweud am: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::OutcomesStep</name>
    <message>
        <source>What matters to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>Write what you want your support to help with, in your own words. Then pick the three that matter most.</source>
        <translation>Ysgrifennwch beth rydych chi eisiau i&apos;ch cymorth helpu gydag ef, yn eich geiriau eich hun. Yna dewiswch y tri sydd bwysicaf.</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Ei roi yn ôl</translation>
    </message>
    <message>
        <source>&amp;Add an outcome</source>
        <translation>&amp;Ychwanegu canlyniad</translation>
    </message>
    <message>
        <source>Put the removed outcome back</source>
        <translation>Rhoi&apos;r canlyniad a dynnwyd yn ôl</translation>
    </message>
    <message>
        <source>Add an outcome</source>
        <translation>Ychwanegu canlyniad</translation>
    </message>
    <message>
        <source>Add something that matters to you (Alt+A)</source>
        <translation>Ychwanegu rhywbeth sy&apos;n bwysig i chi (Alt+A)</translation>
    </message>
    <message>
        <source>change an outcome</source>
        <translation>newid canlyniad</translation>
    </message>
    <message>
        <source>Outcome %1 was taken out of your plan. You can undo this.</source>
        <translation>Cafodd canlyniad %1 ei dynnu allan o&apos;ch cynllun. Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <source>“%1” was taken out of your plan. You can undo this.</source>
        <translation>Cafodd “%1” ei dynnu allan o&apos;ch cynllun. Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <source>You have already picked %1. To pick this one, untick one of the others first.</source>
        <translation>Rydych chi eisoes wedi dewis %1. I ddewis yr un hwn, dad-diciwch un o&apos;r lleill yn gyntaf.</translation>
    </message>
    <message>
        <source>No support yet</source>
        <translation>Dim cymorth eto</translation>
    </message>
    <message>
        <source>Helped by support that costs nothing</source>
        <translation>Yn cael help gan gymorth sydd ddim yn costio dim</translation>
    </message>
    <message>
        <source>%1 of your plan goes to this</source>
        <translation>Mae %1 o&apos;ch cynllun yn mynd at hyn</translation>
    </message>
    <message>
        <source>You have picked %1 outcomes as most important. Untick some, so that only %2 are picked.</source>
        <translation>Rydych chi wedi dewis %1 canlyniad fel y pwysicaf. Dad-diciwch rai, fel mai dim ond %2 sydd wedi&apos;u dewis.</translation>
    </message>
    <message>
        <source>You have picked %1 of %2 most important outcomes.</source>
        <translation>Rydych chi wedi dewis %1 o %2 canlyniad pwysicaf.</translation>
    </message>
    <message>
        <source>You have not written any outcomes yet. Choose “Add an outcome” and start with the thing that matters most to you.</source>
        <translation>Dydych chi ddim wedi ysgrifennu unrhyw ganlyniadau eto. Dewiswch “Ychwanegu canlyniad” a dechreuwch gyda&apos;r peth sydd bwysicaf i chi.</translation>
    </message>
</context>
<context>
    <name>pb::ui::PaymentDialog</name>
    <message>
        <source>Add a payment</source>
        <translation>Ychwanegu taliad</translation>
    </message>
    <message>
        <source>Change a payment</source>
        <translation>Newid taliad</translation>
    </message>
    <message>
        <source>Which way did the money go?</source>
        <translation>I ba gyfeiriad aeth yr arian?</translation>
    </message>
    <message>
        <source>Money out: a payment from the account</source>
        <translation>Arian allan: taliad o&apos;r cyfrif</translation>
    </message>
    <message>
        <source>Money in: for example the council&apos;s payment</source>
        <translation>Arian i mewn: er enghraifft taliad y cyngor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>Amount in pounds</source>
        <translation>Swm mewn punnoedd</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Swm</translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation>At beth oedd e</translation>
    </message>
    <message>
        <source>For example: wages for 1 to 7 May</source>
        <translation>Er enghraifft: cyflog ar gyfer 1 i 7 Mai</translation>
    </message>
    <message>
        <source>W&amp;hat it was for</source>
        <translation>At &amp;beth oedd e</translation>
    </message>
    <message>
        <source>Which support it paid for</source>
        <translation>Am ba gymorth y talodd</translation>
    </message>
    <message>
        <source>Not for one piece of support in the plan</source>
        <translation>Ddim ar gyfer un darn o gymorth yn y cynllun</translation>
    </message>
    <message>
        <source>Support no longer in the plan</source>
        <translation>Cymorth sydd ddim yn y cynllun mwyach</translation>
    </message>
    <message>
        <source>Which &amp;support in your plan it paid for</source>
        <translation>Am ba &amp;gymorth yn eich cynllun y talodd</translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation>Ychwanegu taliad</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Who paid it &amp;in</source>
        <translation>Pwy a&apos;i &amp;talodd i mewn</translation>
    </message>
    <message>
        <source>Who was &amp;paid</source>
        <translation>Pwy gafodd ei d&amp;alu</translation>
    </message>
    <message>
        <source>Who paid it in</source>
        <translation>Pwy a&apos;i talodd i mewn</translation>
    </message>
    <message>
        <source>Who was paid</source>
        <translation>Pwy gafodd ei dalu</translation>
    </message>
    <message>
        <source>For example: Oldham Council</source>
        <translation>Er enghraifft: Cyngor Oldham</translation>
    </message>
    <message>
        <source>For example: Jade Morris, or the shop</source>
        <translation>Er enghraifft: Jade Morris, neu&apos;r siop</translation>
    </message>
    <message>
        <source>Enter an amount more than £0, like 12.50</source>
        <translation>Rhowch swm sy&apos;n fwy na £0, fel 12.50</translation>
    </message>
    <message>
        <source>Enter the amount in pounds, like 120 or 120.50</source>
        <translation>Rhowch y swm mewn punnoedd, fel 120 neu 120.50</translation>
    </message>
    <message>
        <source>add a payment</source>
        <translation>ychwanegu taliad</translation>
    </message>
    <message>
        <source>change a payment</source>
        <translation>newid taliad</translation>
    </message>
    <message>
        <source>The payment couldn&apos;t be saved.</source>
        <translation>Nid oedd modd cadw&apos;r taliad.</translation>
    </message>
</context>
<context>
    <name>pb::ui::PaymentsModel</name>
    <message>
        <source>Not linked</source>
        <translation>Heb gysylltiad</translation>
    </message>
    <message>
        <source>Support no longer in the plan</source>
        <translation>Cymorth sydd ddim yn y cynllun mwyach</translation>
    </message>
    <message>
        <source>Choose Change to say which support this paid for</source>
        <translation>Dewiswch Newid i ddweud am ba gymorth y talodd hwn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>who was paid, then what for: &quot;Jade Morris: wages for 1 to 7 May&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Who and what for</source>
        <translation>Pwy ac at beth</translation>
    </message>
    <message>
        <source>Support it paid for</source>
        <translation>Y cymorth y talodd amdano</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Arian i mewn</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Arian allan</translation>
    </message>
</context>
<context>
    <name>pb::ui::PersonalAssistantCalculator</name>
    <message>
        <source>What a personal assistant costs</source>
        <translation>Beth mae cynorthwyydd personol yn ei gostio</translation>
    </message>
    <message>
        <source>Employing a personal assistant costs more than their pay: there is holiday pay, the employer&apos;s National Insurance, a workplace pension, insurance and a payroll service. Enter the hours and the pay to see it all.</source>
        <translation>Mae cyflogi cynorthwyydd personol yn costio mwy na&apos;i dâl: mae tâl gwyliau, Yswiriant Gwladol y cyflogwr, pensiwn gweithle, yswiriant a gwasanaeth cyflogres. Rhowch yr oriau a&apos;r tâl i weld y cyfan.</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Oriau&apos;r wythnos</translation>
    </message>
    <message>
        <source>You can use part hours, like 7.5</source>
        <translation>Gallwch ddefnyddio rhannau o oriau, fel 7.5</translation>
    </message>
    <message>
        <source>Pay an hour (hourly wage), in pounds</source>
        <translation>Tâl yr awr (cyflog yr awr), mewn punnoedd</translation>
    </message>
    <message>
        <source>Pay an hour</source>
        <translation>Tâl yr awr</translation>
    </message>
    <message>
        <source>I will claim the Employment Allowance (it takes up to %1 a year off the employer&apos;s National Insurance)</source>
        <translation>Bydda i&apos;n hawlio&apos;r Lwfans Cyflogaeth (mae&apos;n tynnu hyd at %1 y flwyddyn oddi ar Yswiriant Gwladol y cyflogwr)</translation>
    </message>
    <message>
        <source>Claim the Employment Allowance</source>
        <translation>Hawlio&apos;r Lwfans Cyflogaeth</translation>
    </message>
    <message>
        <source>Most people who employ a personal assistant can claim it. Your plan is costed without it, to be safe.</source>
        <translation>Gall y rhan fwyaf o bobl sy&apos;n cyflogi cynorthwyydd personol ei hawlio. Mae cost eich cynllun wedi&apos;i chyfrifo hebddo, i fod yn ddiogel.</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>Beth mae&apos;n ei gostio</translation>
    </message>
    <message>
        <source>Add this personal assistant to my plan</source>
        <translation>Ychwanegu&apos;r cynorthwyydd personol hwn at fy nghynllun</translation>
    </message>
    <message>
        <source>Use these figures</source>
        <translation>Defnyddio&apos;r ffigurau hyn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close without adding</source>
        <translation>Cau heb ychwanegu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>The legal minimum for workers aged %1 and over is %2 an hour from %3 (the National Living Wage).</source>
        <translation>Yr isafswm cyfreithiol ar gyfer gweithwyr %1 oed a hŷn yw %2 yr awr o %3 (y Cyflog Byw Cenedlaethol).</translation>
    </message>
    <message>
        <source>This is less than %1 an hour, the legal minimum for workers aged %2 and over. A younger assistant or an apprentice may have a lower minimum.</source>
        <translation>Mae hyn yn llai na %1 yr awr, yr isafswm cyfreithiol ar gyfer gweithwyr %2 oed a hŷn. Gall fod gan gynorthwyydd iau neu brentis isafswm is.</translation>
    </message>
    <message>
        <source>Enter the hours a week and the pay an hour to see what it costs.</source>
        <translation>Rhowch yr oriau bob wythnos a&apos;r tâl yr awr i weld beth mae&apos;n ei gostio.</translation>
    </message>
    <message>
        <source>Enter the pay an hour, like 12.71</source>
        <translation>Rhowch y tâl yr awr, fel 12.71</translation>
    </message>
</context>
<context>
    <name>pb::ui::PersonalAssistantCostModel</name>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>Sut mae&apos;n cael ei gyfrifo</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Y flwyddyn</translation>
    </message>
</context>
<context>
    <name>pb::ui::PersonalAssistantCostView</name>
    <message>
        <source>What employing a personal assistant costs, line by line</source>
        <translation>Beth mae cyflogi cynorthwyydd personol yn ei gostio, fesul llinell</translation>
    </message>
    <message>
        <source>In total: %1, that is %2 or %3</source>
        <translation>Cyfanswm: %1, sef %2 neu %3</translation>
    </message>
    <message>
        <source>(typical figures, not quotes: use your own if you have them)</source>
        <translation>(ffigurau nodweddiadol, nid dyfynbrisiau: defnyddiwch eich rhai eich hun os oes gennych nhw)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Worked out with the rates as of %1 (%2).</source>
        <translation>Wedi&apos;i gyfrifo gyda&apos;r cyfraddau ar %1 (%2).</translation>
    </message>
    <message>
        <source>Where the figures come from:</source>
        <translation>O ble mae&apos;r ffigurau&apos;n dod:</translation>
    </message>
</context>
<context>
    <name>pb::ui::PlanOutput</name>
    <message>
        <source>Your plan was sent to the printer.</source>
        <translation>Cafodd eich cynllun ei anfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>Save your plan as a PDF</source>
        <translation>Cadw eich cynllun fel PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the easy-read plan as a PDF</source>
        <translation>Cadw&apos;r cynllun hawdd ei ddeall fel PDF</translation>
    </message>
    <message>
        <source>Save your support as a spreadsheet</source>
        <translation>Cadw eich cymorth fel taenlen</translation>
    </message>
    <message>
        <source>Spreadsheet files (CSV) (*.csv)</source>
        <translation>Ffeiliau taenlen (CSV) (*.csv)</translation>
    </message>
    <message>
        <source>Your plan was saved as %1.</source>
        <translation>Cafodd eich cynllun ei gadw fel %1.</translation>
    </message>
    <message>
        <source>The easy-read plan was saved as %1.</source>
        <translation>Cafodd y cynllun hawdd ei ddeall ei gadw fel %1.</translation>
    </message>
    <message>
        <source>Your support was saved as a spreadsheet: %1.</source>
        <translation>Cafodd eich cymorth ei gadw fel taenlen: %1.</translation>
    </message>
</context>
<context>
    <name>pb::ui::PlanOutputPanel</name>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Print your plan</source>
        <translation>Argraffu eich cynllun</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>Show how your plan will look printed</source>
        <translation>Dangos sut bydd eich cynllun yn edrych wedi&apos;i argraffu</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save your plan as a PDF file</source>
        <translation>Cadw eich cynllun fel ffeil PDF</translation>
    </message>
    <message>
        <source>Save easy-read PDF…</source>
        <translation>Cadw PDF hawdd ei ddeall…</translation>
    </message>
    <message>
        <source>Save the easy-read plan as a PDF file</source>
        <translation>Cadw&apos;r cynllun hawdd ei ddeall fel ffeil PDF</translation>
    </message>
    <message>
        <source>Save support as a spreadsheet (CSV)…</source>
        <translation>Cadw cymorth fel taenlen (CSV)…</translation>
    </message>
    <message>
        <source>Save your support as a spreadsheet (a CSV file)</source>
        <translation>Cadw eich cymorth fel taenlen (ffeil CSV)</translation>
    </message>
    <message>
        <source>Print or save your plan</source>
        <translation>Argraffu neu gadw eich cynllun</translation>
    </message>
    <message>
        <source>Print the plan to share it, or save it as a PDF to send or keep. The easy-read plan uses short sentences and pictures. The spreadsheet lists your support and what it costs.</source>
        <translation>Argraffwch y cynllun i&apos;w rannu, neu cadwch ef fel PDF i&apos;w anfon neu ei gadw. Mae&apos;r cynllun hawdd ei ddeall yn defnyddio brawddegau byr a lluniau. Mae&apos;r daenlen yn rhestru eich cymorth a beth mae&apos;n ei gostio.</translation>
    </message>
    <message>
        <source>This plan is not agreed yet, so every page says DRAFT.</source>
        <translation>Nid yw&apos;r cynllun hwn wedi&apos;i gytuno eto, felly mae pob tudalen yn dweud DRAFFT.</translation>
    </message>
</context>
<context>
    <name>pb::ui::PlanPage</name>
    <message>
        <source>Make a new version</source>
        <translation>Gwneud fersiwn newydd</translation>
    </message>
    <message>
        <source>Review this plan</source>
        <translation>Adolygu&apos;r cynllun hwn</translation>
    </message>
    <message>
        <source>Keep track of the money</source>
        <translation>Cadw golwg ar yr arian</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Back to all people</source>
        <translation>Yn ôl at bawb</translation>
    </message>
    <message>
        <source>Back to the list of everyone (the caseload)</source>
        <translation>Yn ôl at y rhestr o bawb (y llwyth achosion)</translation>
    </message>
    <message>
        <source>Make a new version of this plan</source>
        <translation>Gwneud fersiwn newydd o&apos;r cynllun hwn</translation>
    </message>
    <message>
        <source>Review this plan: how things have gone since it was agreed</source>
        <translation>Adolygu&apos;r cynllun hwn: sut mae pethau wedi mynd ers iddo gael ei gytuno</translation>
    </message>
    <message>
        <source>Keep track of the money: what has been spent</source>
        <translation>Cadw golwg ar yr arian: beth sydd wedi&apos;i wario</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Camau&apos;r cynllun</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Yn ôl i&apos;r cam blaenorol</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Cam nesaf</translation>
    </message>
    <message>
        <source>Go back to the previous step (Alt+B)</source>
        <translation>Mynd yn ôl i&apos;r cam blaenorol (Alt+B)</translation>
    </message>
    <message>
        <source>Go on to the next step (Alt+N)</source>
        <translation>Mynd ymlaen i&apos;r cam nesaf (Alt+N)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Cynllun newydd</translation>
    </message>
    <message>
        <source>Version %1 of this plan was agreed on %2, so it can&apos;t be changed. To change it, make a new version.</source>
        <translation>Cafodd fersiwn %1 o&apos;r cynllun hwn ei gytuno ar %2, felly nid oes modd ei newid. I&apos;w newid, gwnewch fersiwn newydd.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nesaf: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::PlanSession</name>
    <message>
        <source>This version of the plan was agreed, so it can&apos;t be changed. Choose &quot;Make a new version&quot; to change it.</source>
        <translation>Mae&apos;r fersiwn hwn o&apos;r cynllun wedi&apos;i gytuno, felly nid oes modd ei newid. Dewiswch &quot;Gwneud fersiwn newydd&quot; i&apos;w newid.</translation>
    </message>
</context>
<context>
    <name>pb::ui::PreferencesDialog</name>
    <message>
        <source>Use &amp;high contrast: black text on white</source>
        <translation>Defnyddio &amp;cyferbyniad uchel: testun du ar wyn</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>How the program looks</source>
        <translation>Sut mae&apos;r rhaglen yn edrych</translation>
    </message>
    <message>
        <source>Changes apply straight away and are kept for next time.</source>
        <translation>Mae newidiadau&apos;n dod i rym ar unwaith ac yn cael eu cadw ar gyfer y tro nesaf.</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a text size, as a percentage of the desktop&apos;s own</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Maint testun</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint testun</translation>
    </message>
    <message>
        <source>Also View, Larger text (Ctrl+Plus) and Smaller text (Ctrl+Minus).</source>
        <translation>Hefyd yn newislen Gweld: “Testun mwy” (Ctrl+Plus) a “Testun llai” (Ctrl+Minus).</translation>
    </message>
    <message>
        <source>Use high contrast</source>
        <translation>Defnyddio cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Strong colours and a yellow mark on what is chosen, for people who find pale text hard to read.</source>
        <translation>Lliwiau cryf a marc melyn ar yr hyn sydd wedi&apos;i ddewis, i bobl sy&apos;n cael trafferth darllen testun gwelw.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close preferences</source>
        <translation>Cau&apos;r dewisiadau</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
</context>
<context>
    <name>pb::ui::QuantityEdit</name>
    <message>
        <source>For example 10 or 7.5</source>
        <translation>Er enghraifft 10 neu 7.5</translation>
    </message>
</context>
<context>
    <name>pb::ui::RasExplanationPanel</name>
    <message>
        <source>Why this amount?</source>
        <translation>Pam y swm hwn?</translation>
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
        <translation>1 pwynt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 pwynt</translation>
    </message>
    <message>
        <source>Whose questions do you want to answer?</source>
        <translation>Cwestiynau pwy ydych chi eisiau eu hateb?</translation>
    </message>
    <message>
        <source>Councils work out a first estimate of your budget from your answers to their questions (a resource allocation system, or RAS). The program comes with examples that show how this works. They are not any council&apos;s real figures, so your council&apos;s own questions may give a different amount.</source>
        <translation>Mae cynghorau&apos;n cyfrifo amcangyfrif cyntaf o&apos;ch cyllideb o&apos;ch atebion i&apos;w cwestiynau (system dyrannu adnoddau, neu RAS). Mae&apos;r rhaglen yn dod gydag enghreifftiau sy&apos;n dangos sut mae hyn yn gweithio. Nid ffigurau go iawn unrhyw gyngor ydyn nhw, felly gall cwestiynau eich cyngor chi roi swm gwahanol.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Gan: %1</translation>
    </message>
    <message>
        <source>Figures as of %1, with %2 questions</source>
        <translation>Ffigurau ar %1, gyda %2 cwestiwn</translation>
    </message>
    <message>
        <source>An example: not any council&apos;s real figures</source>
        <translation>Enghraifft: nid ffigurau go iawn unrhyw gyngor</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Ffynhonnell: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Continue to the questions</source>
        <translation>Parhau i&apos;r cwestiynau</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Back to the question before</source>
        <translation>Yn ôl i&apos;r cwestiwn cynt</translation>
    </message>
    <message>
        <source>Continue to the next question</source>
        <translation>Parhau i&apos;r cwestiwn nesaf</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Gwirio eich atebion</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change whose questions you answer</source>
        <translation>Newid cwestiynau pwy rydych chi&apos;n eu hateb</translation>
    </message>
    <message>
        <source>Change your answer</source>
        <translation>Newid eich ateb</translation>
    </message>
    <message>
        <source>This is a first estimate of your budget. The council looks at it with your plan and tells you the amount it agrees. When you&apos;re ready, go on to the next step.</source>
        <translation>Dyma amcangyfrif cyntaf o&apos;ch cyllideb. Mae&apos;r cyngor yn edrych arno gyda&apos;ch cynllun ac yn dweud wrthych chi pa swm y mae&apos;n cytuno arno. Pan fyddwch chi&apos;n barod, ewch ymlaen i&apos;r cam nesaf.</translation>
    </message>
    <message>
        <source>Back to the last question</source>
        <translation>Yn ôl i&apos;r cwestiwn olaf</translation>
    </message>
    <message>
        <source>When you have chosen whose questions to answer, your budget is worked out here as you go, with the reasons for it.</source>
        <translation>Pan fyddwch chi wedi dewis cwestiynau pwy i&apos;w hateb, bydd eich cyllideb yn cael ei chyfrifo yma wrth i chi fynd, gyda&apos;r rhesymau drosti.</translation>
    </message>
    <message>
        <source>Choose whose questions you want to answer.</source>
        <translation>Dewiswch gwestiynau pwy rydych chi eisiau eu hateb.</translation>
    </message>
    <message>
        <source>Choose the answer that fits you best. If none fits exactly, choose the nearest one.</source>
        <translation>Dewiswch yr ateb sy&apos;n eich disgrifio orau. Os nad oes un yn cyfateb yn union, dewiswch yr agosaf.</translation>
    </message>
    <message>
        <source>choose whose questions to answer</source>
        <translation>dewis cwestiynau pwy i&apos;w hateb</translation>
    </message>
    <message>
        <source>answer a question about your budget</source>
        <translation>ateb cwestiwn am eich cyllideb</translation>
    </message>
    <message>
        <source>Some of your saved answers don&apos;t match this scheme&apos;s questions, so the amount can&apos;t be worked out. Answer the questions again and the old answers will be replaced.</source>
        <translation>Nid yw rhai o&apos;ch atebion sydd wedi&apos;u cadw yn cyfateb i gwestiynau&apos;r cynllun hwn, felly nid oes modd cyfrifo&apos;r swm. Atebwch y cwestiynau eto a bydd yr hen atebion yn cael eu disodli.</translation>
    </message>
    <message>
        <source>That change took your budget down by %1, from %2 to %3.</source>
        <translation>Gwnaeth y newid hwnnw ostwng eich cyllideb %1, o %2 i %3.</translation>
    </message>
    <message>
        <source>That change put your budget up by %1, from %2 to %3.</source>
        <translation>Gwnaeth y newid hwnnw godi eich cyllideb %1, o %2 i %3.</translation>
    </message>
    <message>
        <source>Your answers were given to a scheme this program doesn&apos;t have (“%1”). To work your budget out here, choose a scheme and answer its questions.</source>
        <translation>Cafodd eich atebion eu rhoi i gynllun nad yw gan y rhaglen hon (“%1”). I gyfrifo eich cyllideb yma, dewiswch gynllun ac atebwch ei gwestiynau.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Cwestiwn %1 o %2</translation>
    </message>
    <message>
        <source>The council&apos;s questions</source>
        <translation>Cwestiynau&apos;r cyngor</translation>
    </message>
    <message>
        <source>The council&apos;s questions (its “%1”)</source>
        <translation>Cwestiynau&apos;r cyngor (ei “%1”)</translation>
    </message>
    <message>
        <source>Continue to check your answers</source>
        <translation>Parhau i wirio eich atebion</translation>
    </message>
    <message>
        <source>To change an answer, choose Change beside it. Your budget is worked out again as soon as you do.</source>
        <translation>I newid ateb, dewiswch Newid wrth ei ymyl. Bydd eich cyllideb yn cael ei chyfrifo eto cyn gynted ag y byddwch chi&apos;n gwneud hynny.</translation>
    </message>
    <message>
        <source>This plan is agreed, so these answers can&apos;t be changed. To change them, make a new version of the plan.</source>
        <translation>Mae&apos;r cynllun hwn wedi&apos;i gytuno, felly nid oes modd newid yr atebion hyn. I&apos;w newid, gwnewch fersiwn newydd o&apos;r cynllun.</translation>
    </message>
    <message>
        <source>Questions from: %1</source>
        <translation>Cwestiynau gan: %1</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Gweld</translation>
    </message>
    <message>
        <source>See the schemes</source>
        <translation>Gweld y cynlluniau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Heb ei ateb eto</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation>Newid eich ateb i: %1</translation>
    </message>
    <message>
        <source>See the question: %1</source>
        <translation>Gweld y cwestiwn: %1</translation>
    </message>
    <message>
        <source>Your budget worked out from your answers: %1</source>
        <translation>Eich cyllideb wedi&apos;i chyfrifo o&apos;ch atebion: %1</translation>
    </message>
    <message>
        <source>Your budget so far: %1. Answer the rest of the questions to finish working it out.</source>
        <translation>Eich cyllideb hyd yma: %1. Atebwch weddill y cwestiynau i orffen ei chyfrifo.</translation>
    </message>
    <message>
        <source>Your budget can&apos;t be worked out yet</source>
        <translation>Nid oes modd cyfrifo eich cyllideb eto</translation>
    </message>
    <message>
        <source>Your budget: %1</source>
        <translation>Eich cyllideb: %1</translation>
    </message>
    <message>
        <source>Your budget so far: %1</source>
        <translation>Eich cyllideb hyd yma: %1</translation>
    </message>
    <message>
        <source>The council calls this your “%1”.</source>
        <translation>Mae&apos;r cyngor yn galw hyn yn eich “%1”.</translation>
    </message>
    <message>
        <source>The council has agreed %1, so your plan uses that amount.</source>
        <translation>Mae&apos;r cyngor wedi cytuno ar %1, felly mae eich cynllun yn defnyddio&apos;r swm hwnnw.</translation>
    </message>
</context>
<context>
    <name>pb::ui::RatingChoice</name>
    <message>
        <source>for: %1</source>
        <extracomment>read out after the answer: &quot;Better&quot;, then &quot;for: Go swimming every week&quot;</extracomment>
        <translation>ar gyfer: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::ResultsChart</name>
    <message>
        <source>Chart: how outcomes have gone, by life area</source>
        <translation>Siart: sut mae canlyniadau wedi mynd, fesul maes bywyd</translation>
    </message>
    <message>
        <source>The same figures are in the table below the chart.</source>
        <translation>Mae&apos;r un ffigurau yn y tabl o dan y siart.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <extracomment>the chart&apos;s axis along the bars</extracomment>
        <translation>Canlyniadau</translation>
    </message>
</context>
<context>
    <name>pb::ui::ResultsPage</name>
    <message>
        <source>All people</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Back to all people</source>
        <translation>Yn ôl at bawb</translation>
    </message>
    <message>
        <source>Back to the list of everyone (the caseload)</source>
        <translation>Yn ôl at y rhestr o bawb (y llwyth achosion)</translation>
    </message>
    <message>
        <source>Checking the results</source>
        <translation>Gwirio&apos;r canlyniadau</translation>
    </message>
    <message>
        <source>How people&apos;s lives have changed, from what they said at their reviews: for each thing that matters to them, whether it is better, the same or worse since their plan began.</source>
        <translation>Sut mae bywydau pobl wedi newid, o&apos;r hyn a ddywedon nhw yn eu hadolygiadau: ar gyfer pob peth sy&apos;n bwysig iddyn nhw, a yw&apos;n well, yr un fath neu&apos;n waeth ers i&apos;w cynllun ddechrau.</translation>
    </message>
    <message>
        <source>Which reviews to count</source>
        <translation>Pa adolygiadau i&apos;w cyfrif</translation>
    </message>
    <message>
        <source>Only reviews from</source>
        <translation>Dim ond adolygiadau o</translation>
    </message>
    <message>
        <source>Only reviews between two dates</source>
        <translation>Dim ond adolygiadau rhwng dau ddyddiad</translation>
    </message>
    <message>
        <source>First review date</source>
        <translation>Dyddiad yr adolygiad cyntaf</translation>
    </message>
    <message>
        <source>Last review date</source>
        <translation>Dyddiad yr adolygiad olaf</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>How the money is managed</source>
        <translation>Sut mae&apos;r arian yn cael ei reoli</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Unrhyw ffordd</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>Pob maes bywyd</translation>
    </message>
    <message>
        <source>Count every review, not just each person&apos;s most recent one</source>
        <translation>Cyfrif pob adolygiad, nid adolygiad diweddaraf pob person yn unig</translation>
    </message>
    <message>
        <source>Count every review</source>
        <translation>Cyfrif pob adolygiad</translation>
    </message>
    <message>
        <source>How things have gone</source>
        <translation>Sut mae pethau wedi mynd</translation>
    </message>
    <message>
        <source>Summary of the results</source>
        <translation>Crynodeb o&apos;r canlyniadau</translation>
    </message>
    <message>
        <source>No outcomes have been rated in these reviews. Reviews are recorded from a person&apos;s agreed plan: open their plan and choose “Review this plan”.</source>
        <translation>Does dim canlyniadau wedi cael sgôr yn yr adolygiadau hyn. Mae adolygiadau&apos;n cael eu cofnodi o gynllun person sydd wedi&apos;i gytuno: agorwch ei gynllun a dewiswch “Adolygu&apos;r cynllun hwn”.</translation>
    </message>
    <message>
        <source>Results by life area</source>
        <translation>Canlyniadau fesul maes bywyd</translation>
    </message>
    <message>
        <source>Outcomes that got worse</source>
        <translation>Canlyniadau a aeth yn waeth</translation>
    </message>
    <message>
        <source>Someone should talk with each of these people about what has changed and what would help. Choose a row and open the person&apos;s plan (or double-click it).</source>
        <translation>Dylai rhywun siarad â phob un o&apos;r bobl hyn am beth sydd wedi newid a beth fyddai&apos;n helpu. Dewiswch res ac agorwch gynllun y person (neu cliciwch ddwywaith arni).</translation>
    </message>
    <message>
        <source>No outcome got worse in these reviews.</source>
        <translation>Ni aeth unrhyw ganlyniad yn waeth yn yr adolygiadau hyn.</translation>
    </message>
    <message>
        <source>Open their plan</source>
        <translation>Agor eu cynllun</translation>
    </message>
    <message>
        <source>Open the plan of the chosen person</source>
        <translation>Agor cynllun y person a ddewiswyd</translation>
    </message>
    <message>
        <source>What people said</source>
        <translation>Beth ddywedodd pobl</translation>
    </message>
    <message>
        <source>Tag what people said with themes, like “transport” or “staff keep changing”, to see what comes up most often (Working Together for Change).</source>
        <translation>Tagiwch beth ddywedodd pobl gyda themâu, fel “trafnidiaeth” neu “staff yn newid o hyd”, i weld beth sy&apos;n codi amlaf (Working Together for Change).</translation>
    </message>
    <message>
        <source>No comments have been tagged with themes yet.</source>
        <translation>Does dim sylwadau wedi cael themâu eto.</translation>
    </message>
    <message>
        <source>Themes, most common first</source>
        <translation>Themâu, y rhai mwyaf cyffredin yn gyntaf</translation>
    </message>
    <message>
        <source>Comments to tag</source>
        <translation>Sylwadau i&apos;w tagio</translation>
    </message>
    <message>
        <source>What people said in their reviews</source>
        <translation>Beth ddywedodd pobl yn eu hadolygiadau</translation>
    </message>
    <message>
        <source>Themes of the chosen comment</source>
        <translation>Themâu&apos;r sylw a ddewiswyd</translation>
    </message>
    <message>
        <source>Separate themes with commas, for example: transport, staff keep changing. Press Enter to save.</source>
        <translation>Gwahanwch themâu gyda chomas, er enghraifft: trafnidiaeth, staff yn newid o hyd. Pwyswch Enter i gadw.</translation>
    </message>
    <message>
        <source>Save or print the report</source>
        <translation>Cadw neu argraffu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Save as a spreadsheet (CSV)…</source>
        <translation>Cadw fel taenlen (CSV)…</translation>
    </message>
    <message>
        <source>Save a table of the report as a spreadsheet (CSV)</source>
        <translation>Cadw tabl o&apos;r adroddiad fel taenlen (CSV)</translation>
    </message>
    <message>
        <source>Save results by life area</source>
        <translation>Cadw canlyniadau fesul maes bywyd</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>Taenlenni (*.csv)</translation>
    </message>
    <message>
        <source>Save outcomes that got worse</source>
        <translation>Cadw canlyniadau a aeth yn waeth</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themâu</translation>
    </message>
    <message>
        <source>Save themes</source>
        <translation>Cadw themâu</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Cadw&apos;r adroddiad fel PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Argraffu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Open a caseload file to see its results.</source>
        <translation>Agorwch ffeil llwyth achosion i weld ei chanlyniadau.</translation>
    </message>
    <message>
        <source>People counted: %1. Reviews counted: %2.</source>
        <extracomment>%1 people, %2 reviews: &quot;12 people, 15 reviews.&quot;</extracomment>
        <translation>Pobl a gyfrifwyd: %1. Adolygiadau a gyfrifwyd: %2.</translation>
    </message>
    <message>
        <source>Choose a comment in the table to tag it.</source>
        <translation>Dewiswch sylw yn y tabl i&apos;w dagio.</translation>
    </message>
    <message>
        <source>%1, %2: “%3”</source>
        <extracomment>the comment being tagged: &quot;Ann Ames, What is working: “My PA”&quot;</extracomment>
        <translation>%1, %2: “%3”</translation>
    </message>
    <message>
        <source>The table was saved as %1.</source>
        <translation>Cafodd y tabl ei gadw fel %1.</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Cafodd yr adroddiad ei gadw fel %1.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Cadw&apos;r adroddiad fel PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>pb::ui::ResultsTableModel</name>
    <message>
        <source>All life areas</source>
        <translation>Pob maes bywyd</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>a table cell read out: &quot;Things I do, Better: 3&quot;</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>Outcomes rated</source>
        <translation>Canlyniadau a gafodd sgôr</translation>
    </message>
</context>
<context>
    <name>pb::ui::ReviewCommentsModel</name>
    <message>
        <source>About: %1</source>
        <extracomment>which question a comment answers: &quot;About: See my friends&quot;</extracomment>
        <translation>Am: %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themâu</translation>
    </message>
</context>
<context>
    <name>pb::ui::ReviewPage</name>
    <message>
        <source>Back to the plan</source>
        <translation>Yn ôl i&apos;r cynllun</translation>
    </message>
    <message>
        <source>Back to the steps of the plan (Alt+B)</source>
        <translation>Yn ôl i gamau&apos;r cynllun (Alt+B)</translation>
    </message>
    <message>
        <source>Review my plan</source>
        <translation>Adolygu fy nghynllun</translation>
    </message>
    <message>
        <source>A review looks back at an agreed plan. This version of the plan is not agreed yet, so there is nothing to review: go back to the plan to finish and agree it.</source>
        <translation>Mae adolygiad yn edrych yn ôl ar gynllun sydd wedi&apos;i gytuno. Nid yw&apos;r fersiwn hwn o&apos;r cynllun wedi&apos;i gytuno eto, felly does dim i&apos;w adolygu: ewch yn ôl i&apos;r cynllun i&apos;w orffen a chytuno arno.</translation>
    </message>
    <message>
        <source>Start a new review</source>
        <translation>Dechrau adolygiad newydd</translation>
    </message>
    <message>
        <source>About this review</source>
        <translation>Am yr adolygiad hwn</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <source>change the date of the review</source>
        <translation>newid dyddiad yr adolygiad</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Pwy gymerodd ran</translation>
    </message>
    <message>
        <source>For example: Aisha Khan, her brother Sam and Kim Lee (support planner)</source>
        <translation>Er enghraifft: Aisha Khan, ei brawd Sam a Kim Lee (cynlluniwr cymorth)</translation>
    </message>
    <message>
        <source>change who took part</source>
        <translation>newid pwy gymerodd ran</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>For each thing that matters to you, say whether life is better, the same or worse since your plan began, or has not changed yet.</source>
        <translation>Ar gyfer pob peth sy&apos;n bwysig i chi, dywedwch a yw bywyd yn well, yr un fath neu&apos;n waeth ers i&apos;ch cynllun ddechrau, neu heb newid eto.</translation>
    </message>
    <message>
        <source>How things are going</source>
        <translation>Sut mae pethau&apos;n mynd</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Beth sy&apos;n gweithio</translation>
    </message>
    <message>
        <source>What is going well, and what you want to keep.</source>
        <translation>Beth sy&apos;n mynd yn dda, a beth rydych chi eisiau ei gadw.</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Beth sydd ddim yn gweithio</translation>
    </message>
    <message>
        <source>What is hard, or not happening the way it should.</source>
        <translation>Beth sy&apos;n anodd, neu ddim yn digwydd fel y dylai.</translation>
    </message>
    <message>
        <source>What is important for the future</source>
        <translation>Beth sy&apos;n bwysig ar gyfer y dyfodol</translation>
    </message>
    <message>
        <source>What you would like to happen next.</source>
        <translation>Beth hoffech chi ei weld yn digwydd nesaf.</translation>
    </message>
    <message>
        <source>How happy I am with my support</source>
        <translation>Pa mor hapus ydw i gyda fy nghymorth</translation>
    </message>
    <message>
        <source>say how happy you are</source>
        <translation>dweud pa mor hapus ydych chi</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Beth a benderfynwyd</translation>
    </message>
    <message>
        <source>Date of the next review</source>
        <translation>Dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <source>We suggest a year after this review. Plans are looked at again at least once a year.</source>
        <translation>Rydyn ni&apos;n awgrymu blwyddyn ar ôl yr adolygiad hwn. Mae cynlluniau&apos;n cael eu hadolygu eto o leiaf unwaith y flwyddyn.</translation>
    </message>
    <message>
        <source>Your next review will be on %1.</source>
        <translation>Bydd eich adolygiad nesaf ar %1.</translation>
    </message>
    <message>
        <source>change the date of the next review</source>
        <translation>newid dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <source>Keep my plan</source>
        <translation>Cadw fy nghynllun</translation>
    </message>
    <message>
        <source>Keep my plan as it is</source>
        <translation>Cadw fy nghynllun fel y mae</translation>
    </message>
    <message>
        <source>Keep my plan: your plan stays as it is, and is looked at again on the date above.</source>
        <translation>Cadw fy nghynllun: mae eich cynllun yn aros fel y mae, a bydd yn cael ei adolygu eto ar y dyddiad uchod.</translation>
    </message>
    <message>
        <source>Change my plan</source>
        <translation>Newid fy nghynllun</translation>
    </message>
    <message>
        <source>Change my plan: make a new version from this one</source>
        <translation>Newid fy nghynllun: gwneud fersiwn newydd o&apos;r un hwn</translation>
    </message>
    <message>
        <source>Change my plan: a new version of your plan is made from this one, for you to change what is not working. This review is kept with the version it looked at.</source>
        <translation>Newid fy nghynllun: mae fersiwn newydd o&apos;ch cynllun yn cael ei wneud o&apos;r un hwn, i chi newid beth sydd ddim yn gweithio. Mae&apos;r adolygiad hwn yn cael ei gadw gyda&apos;r fersiwn yr edrychodd arno.</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Ar bapur</translation>
    </message>
    <message>
        <source>Print an easy-read form with pictures to fill in by hand, or print or save this review.</source>
        <translation>Argraffwch ffurflen hawdd ei deall gyda lluniau i&apos;w llenwi â llaw, neu argraffwch neu cadwch yr adolygiad hwn.</translation>
    </message>
    <message>
        <source>Print the easy-read form…</source>
        <translation>Argraffu&apos;r ffurflen hawdd ei deall…</translation>
    </message>
    <message>
        <source>Print an easy-read review form to fill in by hand</source>
        <translation>Argraffu ffurflen adolygu hawdd ei deall i&apos;w llenwi â llaw</translation>
    </message>
    <message>
        <source>Print this review…</source>
        <translation>Argraffu&apos;r adolygiad hwn…</translation>
    </message>
    <message>
        <source>Print this review</source>
        <translation>Argraffu&apos;r adolygiad hwn</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save this review as a PDF</source>
        <translation>Cadw&apos;r adolygiad hwn fel PDF</translation>
    </message>
    <message>
        <source>Save easy-read PDF…</source>
        <translation>Cadw PDF hawdd ei ddeall…</translation>
    </message>
    <message>
        <source>Save this review in easy-read as a PDF</source>
        <translation>Cadw&apos;r adolygiad hwn mewn fersiwn hawdd ei ddeall fel PDF</translation>
    </message>
    <message>
        <source>Easy-read review - %1</source>
        <extracomment>the file name offered for a saved review: &quot;Review - Jo Bloggs.pdf&quot;</extracomment>
        <translation>Adolygiad hawdd ei ddeall - %1</translation>
    </message>
    <message>
        <source>Review - %1</source>
        <translation>Adolygiad - %1</translation>
    </message>
    <message>
        <source>Save this review as PDF</source>
        <translation>Cadw&apos;r adolygiad hwn fel PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>change: %1</source>
        <translation>newid: %1</translation>
    </message>
    <message>
        <source>say how it has gone</source>
        <translation>dweud sut mae wedi mynd</translation>
    </message>
    <message>
        <source>change what you said</source>
        <translation>newid beth ddywedoch chi</translation>
    </message>
    <message>
        <source>keep the plan</source>
        <translation>cadw&apos;r cynllun</translation>
    </message>
    <message>
        <source>Look back at version %1 of your plan, agreed on %2. Your answers are saved as you give them.</source>
        <translation>Edrychwch yn ôl ar fersiwn %1 o&apos;ch cynllun, a gytunwyd ar %2. Mae eich atebion yn cael eu cadw wrth i chi eu rhoi.</translation>
    </message>
    <message>
        <source>This is the first review of this version.</source>
        <translation>Dyma adolygiad cyntaf y fersiwn hwn.</translation>
    </message>
    <message>
        <source>This is a new review. Earlier reviews of this version: %1.</source>
        <translation>Dyma adolygiad newydd. Adolygiadau cynharach o&apos;r fersiwn hwn: %1.</translation>
    </message>
    <message>
        <source>It was due on %1.</source>
        <extracomment>%1 a date: &quot;It was due on 12 August 2026.&quot;</extracomment>
        <translation>Roedd yn ddyledus ar %1.</translation>
    </message>
    <message>
        <source>This review was started on %1 and is not finished yet.</source>
        <translation>Cafodd yr adolygiad hwn ei ddechrau ar %1 ac nid yw wedi&apos;i orffen eto.</translation>
    </message>
    <message>
        <source>You decided to keep your plan as it is. Your next review is on %1. If things change, you can still change your plan below.</source>
        <translation>Fe wnaethoch chi benderfynu cadw eich cynllun fel y mae. Mae eich adolygiad nesaf ar %1. Os bydd pethau&apos;n newid, gallwch newid eich cynllun isod o hyd.</translation>
    </message>
</context>
<context>
    <name>pb::ui::RouteSplitModel</name>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>How it is paid</source>
        <translation>Sut mae&apos;n cael ei dalu</translation>
    </message>
    <message>
        <source>Amount a year</source>
        <translation>Swm y flwyddyn</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Cyfran</translation>
    </message>
</context>
<context>
    <name>pb::ui::RunningTotal</name>
    <message>
        <source>Share of the budget planned</source>
        <translation>Cyfran o&apos;r gyllideb wedi&apos;i chynllunio</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Cyfanswm hyd yma</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Cyllideb: %1</translation>
    </message>
    <message>
        <source>Budget: not set yet</source>
        <translation>Cyllideb: heb ei gosod eto</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Wedi&apos;i gynllunio: %1</translation>
    </message>
    <message>
        <source>Add your budget to see what is left</source>
        <translation>Ychwanegwch eich cyllideb i weld beth sydd ar ôl</translation>
    </message>
    <message>
        <source>%1 more than your budget</source>
        <translation>%1 yn fwy na&apos;ch cyllideb</translation>
    </message>
    <message>
        <source>Left over: %1</source>
        <translation>Dros ben: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::SpendingPage</name>
    <message>
        <source>Keep track of the money</source>
        <translation>Cadw golwg ar yr arian</translation>
    </message>
    <message>
        <source>Record what is paid from the budget, or bring in a statement from the bank or card. You can see how the spending compares with the plan.</source>
        <translation>Cofnodwch beth sy&apos;n cael ei dalu o&apos;r gyllideb, neu dewch â chyfriflen o&apos;r banc neu&apos;r cerdyn i mewn. Gallwch weld sut mae&apos;r gwario&apos;n cymharu â&apos;r cynllun.</translation>
    </message>
    <message>
        <source>How the money is going</source>
        <translation>Sut mae&apos;r arian yn mynd</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>&amp;Warn me when the account holds more than this many weeks of the budget</source>
        <translation>&amp;Rhybuddio fi pan fydd y cyfrif yn dal mwy na&apos;r nifer hwn o wythnosau o&apos;r gyllideb</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> wythnos</translation>
    </message>
    <message>
        <source>Weeks of budget before a warning</source>
        <translation>Wythnosau o gyllideb cyn rhybudd</translation>
    </message>
    <message>
        <source>Councils set their own limit, often 8 weeks. Ask yours if you are not sure. This is kept with the data, for everyone in it.</source>
        <translation>Mae cynghorau&apos;n gosod eu terfyn eu hunain, yn aml 8 wythnos. Gofynnwch i&apos;ch cyngor chi os nad ydych chi&apos;n siŵr. Mae hyn yn cael ei gadw gyda&apos;r data, ar gyfer pawb sydd ynddo.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Taliadau</translation>
    </message>
    <message>
        <source>Add a payment</source>
        <translation>Ychwanegu taliad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change the chosen payment</source>
        <translation>Newid y taliad a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove the chosen payment</source>
        <translation>Tynnu&apos;r taliad a ddewiswyd</translation>
    </message>
    <message>
        <source>Takes it out. Undo (Ctrl+Z) puts it back.</source>
        <translation>Yn ei dynnu allan. Mae Dadwneud (Ctrl+Z) yn ei roi yn ôl.</translation>
    </message>
    <message>
        <source>Import a statement…</source>
        <translation>Mewnforio cyfriflen…</translation>
    </message>
    <message>
        <source>Import a statement from the bank or card</source>
        <translation>Mewnforio cyfriflen o&apos;r banc neu&apos;r cerdyn</translation>
    </message>
    <message>
        <source>Bring in the payments of a statement saved as a CSV file</source>
        <translation>Dod â thaliadau cyfriflen wedi&apos;i chadw fel ffeil CSV i mewn</translation>
    </message>
    <message>
        <source>No payments yet. Add the payments you make and the money paid in, or import a statement from the bank or card.</source>
        <translation>Dim taliadau eto. Ychwanegwch y taliadau rydych chi&apos;n eu gwneud a&apos;r arian a dalwyd i mewn, neu mewnforiwch gyfriflen o&apos;r banc neu&apos;r cerdyn.</translation>
    </message>
    <message>
        <source>The newest first. Enter or double-click changes the chosen payment; Delete removes it.</source>
        <translation>Y mwyaf newydd yn gyntaf. Mae Enter neu glicio ddwywaith yn newid y taliad a ddewiswyd; mae Delete yn ei dynnu.</translation>
    </message>
    <message>
        <source>Spent against the plan</source>
        <translation>Wedi&apos;i wario o&apos;i gymharu â&apos;r cynllun</translation>
    </message>
    <message>
        <source>Month by month with your provider (Individual Service Fund)</source>
        <translation>Fesul mis gyda&apos;ch darparwr (Cronfa Gwasanaeth Unigol)</translation>
    </message>
    <message>
        <source>Your provider holds the money. Each month has its share of the budget; what isn&apos;t spent rolls over to the next month.</source>
        <translation>Eich darparwr sy&apos;n dal yr arian. Mae gan bob mis ei gyfran o&apos;r gyllideb; mae&apos;r hyn sydd heb ei wario yn cael ei gario drosodd i&apos;r mis nesaf.</translation>
    </message>
    <message>
        <source>Month by month with your provider</source>
        <translation>Fesul mis gyda&apos;ch darparwr</translation>
    </message>
    <message>
        <source>Direct payment return</source>
        <translation>Ffurflen taliad uniongyrchol</translation>
    </message>
    <message>
        <source>Many councils ask for an account of the money every few months: the money paid in, the money paid out by kind of support, and what is left. Make one for any period and save it as a spreadsheet or a PDF.</source>
        <translation>Mae llawer o gynghorau&apos;n gofyn am gyfrif o&apos;r arian bob ychydig fisoedd: yr arian a dalwyd i mewn, yr arian a dalwyd allan yn ôl math o gymorth, a beth sydd ar ôl. Gwnewch un ar gyfer unrhyw gyfnod a&apos;i gadw fel taenlen neu PDF.</translation>
    </message>
    <message>
        <source>Make a direct payment return…</source>
        <translation>Gwneud ffurflen taliad uniongyrchol…</translation>
    </message>
    <message>
        <source>Make a direct payment return</source>
        <translation>Gwneud ffurflen taliad uniongyrchol</translation>
    </message>
    <message>
        <source>Measured against version %1 of the plan, agreed on %2. This plan year runs from %3 to %4.</source>
        <translation>Wedi&apos;i fesur yn erbyn fersiwn %1 o&apos;r cynllun, a gytunwyd ar %2. Mae blwyddyn y cynllun hon yn rhedeg o %3 i %4.</translation>
    </message>
    <message>
        <source>Money your provider holds for you this month: %1.</source>
        <translation>Arian y mae eich darparwr yn ei ddal i chi y mis hwn: %1.</translation>
    </message>
    <message>
        <source>Add what your provider has spent for you to see how much they still hold.</source>
        <translation>Ychwanegwch beth mae eich darparwr wedi&apos;i wario i chi i weld faint maen nhw&apos;n ei ddal o hyd.</translation>
    </message>
    <message>
        <source>Money in the account today: %1 (the money paid in, less the money paid out).</source>
        <translation>Arian yn y cyfrif heddiw: %1 (yr arian a dalwyd i mewn, llai&apos;r arian a dalwyd allan).</translation>
    </message>
    <message>
        <source>Add the money paid into the account (for example by the council) to see how much is in it.</source>
        <translation>Ychwanegwch yr arian a dalwyd i&apos;r cyfrif (er enghraifft gan y cyngor) i weld faint sydd ynddo.</translation>
    </message>
    <message>
        <source>This month is %1. The plan year starts on %2.</source>
        <translation>Y mis hwn yw %1. Mae blwyddyn y cynllun yn dechrau ar %2.</translation>
    </message>
    <message>
        <source>This month is %1. So far this plan year means %2 to %3.</source>
        <translation>Y mis hwn yw %1. Hyd yma, mae blwyddyn y cynllun hon yn golygu %2 i %3.</translation>
    </message>
    <message>
        <source>The newest %1 of %2 payments.</source>
        <translation>Y %1 taliad mwyaf newydd o %2.</translation>
    </message>
    <message>
        <source>Show all %1 payments</source>
        <translation>Dangos pob un o&apos;r %1 taliad</translation>
    </message>
    <message>
        <source>Show only the newest %1</source>
        <translation>Dangos y %1 mwyaf newydd yn unig</translation>
    </message>
    <message>
        <source>remove a payment</source>
        <translation>tynnu taliad</translation>
    </message>
    <message>
        <source>Removed the payment of %1 on %2. To put it back, choose Undo (Ctrl+Z).</source>
        <translation>Cafodd y taliad o %1 ar %2 ei dynnu. I&apos;w roi yn ôl, dewiswch Dadwneud (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Choose a statement</source>
        <translation>Dewis cyfriflen</translation>
    </message>
    <message>
        <source>Statements saved as CSV (*.csv *.CSV *.txt);;All files (*)</source>
        <translation>Cyfriflenni wedi&apos;u cadw fel CSV (*.csv *.CSV *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Imported 1 payment. To take it out again, choose Undo (Ctrl+Z).</source>
        <translation>Cafodd 1 taliad ei fewnforio. I&apos;w dynnu allan eto, dewiswch Dadwneud (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Imported %1 payments. To take them all out again, choose Undo (Ctrl+Z).</source>
        <translation>Cafodd %1 taliad eu mewnforio. I&apos;w tynnu i gyd allan eto, dewiswch Dadwneud (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>pb::ui::SpendingSession</name>
    <message>
        <source>There is no agreed plan to keep track of yet. Agree the plan first, then record what is spent.</source>
        <translation>Does dim cynllun wedi&apos;i gytuno i gadw golwg arno eto. Cytunwch ar y cynllun yn gyntaf, yna cofnodwch beth sy&apos;n cael ei wario.</translation>
    </message>
</context>
<context>
    <name>pb::ui::SpendingWindow</name>
    <message>
        <source>Back to my plan</source>
        <translation>Yn ôl i fy nghynllun</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ail-wneud</translation>
    </message>
    <message>
        <source>Keep track of the money</source>
        <translation>Cadw golwg ar yr arian</translation>
    </message>
    <message>
        <source>Keep track of the money – %1</source>
        <translation>Cadw golwg ar yr arian – %1</translation>
    </message>
    <message>
        <source>Back to my plan (closes this window)</source>
        <translation>Yn ôl i fy nghynllun (yn cau&apos;r ffenestr hon)</translation>
    </message>
    <message>
        <source>Close this window and go back to the plan (Ctrl+W)</source>
        <translation>Cau&apos;r ffenestr hon a mynd yn ôl i&apos;r cynllun (Ctrl+W)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <extracomment>%1 what would be undone, e.g. &quot;Undo add a payment&quot;</extracomment>
        <translation>Dadwneud %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ail-wneud %1</translation>
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
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Planned this month</source>
        <translation>Wedi&apos;i gynllunio y mis hwn</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Wedi&apos;i wario y mis hwn</translation>
    </message>
    <message>
        <source>Planned so far this year</source>
        <translation>Wedi&apos;i gynllunio hyd yma eleni</translation>
    </message>
    <message>
        <source>Spent so far this year</source>
        <translation>Wedi&apos;i wario hyd yma eleni</translation>
    </message>
</context>
<context>
    <name>pb::ui::StatementImportDialog</name>
    <message>
        <source>Import a statement</source>
        <translation>Mewnforio cyfriflen</translation>
    </message>
    <message>
        <source>Bring in payments from a statement</source>
        <translation>Dod â thaliadau i mewn o gyfriflen</translation>
    </message>
    <message>
        <source>Say which column of the statement holds what, and check the payments below. Nothing is saved until you choose Import.</source>
        <translation>Dywedwch pa golofn o&apos;r gyfriflen sy&apos;n dal beth, a gwiriwch y taliadau isod. Does dim yn cael ei gadw nes i chi ddewis Mewnforio.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Dewis ffeil arall…</translation>
    </message>
    <message>
        <source>Choose another statement file</source>
        <translation>Dewis ffeil gyfriflen arall</translation>
    </message>
    <message>
        <source>The payments in the statement</source>
        <translation>Y taliadau yn y gyfriflen</translation>
    </message>
    <message>
        <source>Rows that look like duplicates can be ticked to import them as well.</source>
        <translation>Gellir ticio rhesi sy&apos;n edrych fel dyblygion i&apos;w mewnforio hefyd.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation>Canslo: peidio â mewnforio dim</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Pa golofn sy&apos;n dal beth</translation>
    </message>
    <message>
        <source>The first row holds the names of the columns</source>
        <translation>Mae&apos;r rhes gyntaf yn dal enwau&apos;r colofnau</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>Column with the date</source>
        <translation>Colofn gyda&apos;r dyddiad</translation>
    </message>
    <message>
        <source>&amp;What it was for</source>
        <translation>&amp;At beth oedd e</translation>
    </message>
    <message>
        <source>Column with what the payment was for</source>
        <translation>Colofn gyda beth oedd y taliad ar ei gyfer</translation>
    </message>
    <message>
        <source>W&amp;ho was paid (if it has a column of its own)</source>
        <translation>Pwy gafodd ei da&amp;lu (os oes ganddo golofn ei hun)</translation>
    </message>
    <message>
        <source>Column with who was paid</source>
        <translation>Colofn gyda phwy gafodd ei dalu</translation>
    </message>
    <message>
        <source>In one column: money going out has a minus, like -12.50 (most banks)</source>
        <translation>Mewn un golofn: mae gan arian sy&apos;n mynd allan arwydd minws, fel -12.50 (y rhan fwyaf o fanciau)</translation>
    </message>
    <message>
        <source>In one column: spending has no minus, money in has one (some prepaid cards)</source>
        <translation>Mewn un golofn: does dim minws gan wario, mae gan arian i mewn un (rhai cardiau rhagdaledig)</translation>
    </message>
    <message>
        <source>In two columns: one for money out, one for money in</source>
        <translation>Mewn dwy golofn: un ar gyfer arian allan, un ar gyfer arian i mewn</translation>
    </message>
    <message>
        <source>How the statement shows the money</source>
        <translation>Sut mae&apos;r gyfriflen yn dangos yr arian</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Swm</translation>
    </message>
    <message>
        <source>Column with the amount</source>
        <translation>Colofn gyda&apos;r swm</translation>
    </message>
    <message>
        <source>Money &amp;out</source>
        <translation>Arian alla&amp;n</translation>
    </message>
    <message>
        <source>Column with money out</source>
        <translation>Colofn gydag arian allan</translation>
    </message>
    <message>
        <source>Money &amp;in</source>
        <translation>Arian i &amp;mewn</translation>
    </message>
    <message>
        <source>Column with money in</source>
        <translation>Colofn gydag arian i mewn</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Ffeil: %1</translation>
    </message>
    <message>
        <source>File: %1 (text read as %2)</source>
        <extracomment>%2 how the file&apos;s text was encoded, e.g. &quot;Windows-1252&quot;</extracomment>
        <translation>Ffeil: %1 (testun wedi&apos;i ddarllen fel %2)</translation>
    </message>
    <message>
        <source>Choose a statement</source>
        <translation>Dewis cyfriflen</translation>
    </message>
    <message>
        <source>Statements saved as CSV (*.csv *.CSV *.txt);;All files (*)</source>
        <translation>Cyfriflenni wedi&apos;u cadw fel CSV (*.csv *.CSV *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <extracomment>a column of a statement: &quot;Column 2: Description&quot;</extracomment>
        <translation>Colofn %1: %2</translation>
    </message>
    <message>
        <source>Column %1 (like %2)</source>
        <extracomment>a column of a statement with its first value: &quot;Column 2 (like TESCO STORES)&quot;</extracomment>
        <translation>Colofn %1 (fel %2)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colofn %1</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>Dewiswch golofn</translation>
    </message>
    <message>
        <source>Not in this statement</source>
        <translation>Ddim yn y gyfriflen hon</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>Nid oes modd mewnforio dim o&apos;r ffeil hon.</translation>
    </message>
    <message>
        <source>Choose the columns above to see the payments.</source>
        <translation>Dewiswch y colofnau uchod i weld y taliadau.</translation>
    </message>
    <message>
        <source>There are no payments to import.</source>
        <translation>Does dim taliadau i&apos;w mewnforio.</translation>
    </message>
    <message>
        <source>1 payment will be imported.</source>
        <translation>Bydd 1 taliad yn cael ei fewnforio.</translation>
    </message>
    <message>
        <source>%1 payments will be imported.</source>
        <translation>Bydd %1 taliad yn cael eu mewnforio.</translation>
    </message>
    <message>
        <source>1 row can&apos;t be read and will be left out; the reason is beside it.</source>
        <translation>Nid oes modd darllen 1 rhes a bydd yn cael ei gadael allan; mae&apos;r rheswm wrth ei hymyl.</translation>
    </message>
    <message>
        <source>%1 rows can&apos;t be read and will be left out; the reason is beside each.</source>
        <translation>Nid oes modd darllen %1 rhes a byddan nhw&apos;n cael eu gadael allan; mae&apos;r rheswm wrth ymyl pob un.</translation>
    </message>
    <message>
        <source>1 row looks like a payment already listed and is left out. Tick it to import it as well.</source>
        <translation>Mae 1 rhes yn edrych fel taliad sydd wedi&apos;i restru&apos;n barod ac mae wedi&apos;i gadael allan. Ticiwch hi i&apos;w mewnforio hefyd.</translation>
    </message>
    <message>
        <source>%1 rows look like payments already listed and are left out. Tick them to import them as well.</source>
        <translation>Mae %1 rhes yn edrych fel taliadau sydd wedi&apos;u rhestru&apos;n barod ac maen nhw wedi&apos;u gadael allan. Ticiwch nhw i&apos;w mewnforio hefyd.</translation>
    </message>
    <message>
        <source>Import 1 payment</source>
        <translation>Mewnforio 1 taliad</translation>
    </message>
    <message>
        <source>Import %1 payments</source>
        <translation>Mewnforio %1 taliad</translation>
    </message>
    <message>
        <source>import a statement</source>
        <translation>mewnforio cyfriflen</translation>
    </message>
    <message>
        <source>The payments couldn&apos;t be saved, so nothing was imported.</source>
        <translation>Nid oedd modd cadw&apos;r taliadau, felly ni chafodd dim ei fewnforio.</translation>
    </message>
</context>
<context>
    <name>pb::ui::StatementPreviewModel</name>
    <message>
        <source>Will be imported</source>
        <translation>Bydd yn cael ei fewnforio</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Wedi&apos;i adael allan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Can&apos;t be read: %1</source>
        <translation>Nid oes modd ei ddarllen: %1</translation>
    </message>
    <message>
        <source>Will be imported (you ticked it)</source>
        <translation>Bydd yn cael ei fewnforio (fe wnaethoch chi ei dicio)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Arian i mewn</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Arian allan</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Beth sy&apos;n digwydd</translation>
    </message>
</context>
<context>
    <name>pb::ui::SummarySection</name>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>See details</source>
        <translation>Gweld y manylion</translation>
    </message>
    <message>
        <source>Change %1</source>
        <extracomment>%1 is a part of the plan, e.g. &quot;My budget&quot;</extracomment>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>See details of %1</source>
        <translation>Gweld manylion %1</translation>
    </message>
    <message>
        <source>Go to the step where you can change this</source>
        <translation>Mynd i&apos;r cam lle gallwch newid hyn</translation>
    </message>
    <message>
        <source>Go to the step where this is</source>
        <translation>Mynd i&apos;r cam lle mae hyn</translation>
    </message>
</context>
<context>
    <name>pb::ui::SupportItemDialog</name>
    <message>
        <source>Add support</source>
        <translation>Ychwanegu cymorth</translation>
    </message>
    <message>
        <source>Change support</source>
        <translation>Newid cymorth</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Newid “%1”</translation>
    </message>
    <message>
        <source>Notes (if you want to add anything)</source>
        <translation>Nodiadau (os ydych chi eisiau ychwanegu unrhyw beth)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Questions about this support</source>
        <translation>Cwestiynau am y cymorth hwn</translation>
    </message>
    <message>
        <source>Add this support</source>
        <translation>Ychwanegu&apos;r cymorth hwn</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Beth yw e?</translation>
    </message>
    <message>
        <source>In your own words, for example “Swimming with Sam” or “Help to get up in the morning”</source>
        <translation>Yn eich geiriau eich hun, er enghraifft “Nofio gyda Sam” neu “Help i godi yn y bore”</translation>
    </message>
    <message>
        <source>What kind of support is it?</source>
        <translation>Pa fath o gymorth yw e?</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Dewiswch un</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>Beth mae&apos;n ei gostio</translation>
    </message>
    <message>
        <source>Help from family, friends or your community costs nothing. It is still worth listing, so everyone knows who helps.</source>
        <translation>Nid yw help gan deulu, ffrindiau neu eich cymuned yn costio dim. Mae&apos;n werth ei restru o hyd, fel bod pawb yn gwybod pwy sy&apos;n helpu.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <source>Include the true cost of employing them (holiday, National Insurance, pension, insurance, payroll)</source>
        <translation>Cynnwys gwir gost eu cyflogi (gwyliau, Yswiriant Gwladol, pensiwn, yswiriant, cyflogres)</translation>
    </message>
    <message>
        <source>Untick this only if your assistant is self-employed or employed by someone else, so you pay their hourly rate and nothing more.</source>
        <translation>Dad-diciwch hwn dim ond os yw eich cynorthwyydd yn hunangyflogedig neu&apos;n cael ei gyflogi gan rywun arall, fel eich bod yn talu ei gyfradd yr awr a dim mwy.</translation>
    </message>
    <message>
        <source>Work out what a personal assistant costs…</source>
        <translation>Cyfrifo beth mae cynorthwyydd personol yn ei gostio…</translation>
    </message>
    <message>
        <source>Work out what a personal assistant costs</source>
        <translation>Cyfrifo beth mae cynorthwyydd personol yn ei gostio</translation>
    </message>
    <message>
        <source>How it is paid for</source>
        <translation>Sut mae&apos;n cael ei dalu</translation>
    </message>
    <message>
        <source>Who pays for it?</source>
        <translation>Pwy sy&apos;n talu amdano?</translation>
    </message>
    <message>
        <source>Your plan uses a mix of ways to manage the money, so say which one pays for this.</source>
        <translation>Mae eich cynllun yn defnyddio cymysgedd o ffyrdd o reoli&apos;r arian, felly dywedwch pa un sy&apos;n talu am hyn.</translation>
    </message>
    <message>
        <source>Paid by: %1. You chose this under “How my money is managed”.</source>
        <translation>Wedi&apos;i dalu gan: %1. Fe wnaethoch chi ddewis hyn o dan “Sut mae fy arian yn cael ei reoli”.</translation>
    </message>
    <message>
        <source>Which part of the budget pays for it?</source>
        <translation>Pa ran o&apos;r gyllideb sy&apos;n talu amdano?</translation>
    </message>
    <message>
        <source>Your budget comes from more than one place (funding streams).</source>
        <translation>Mae eich cyllideb yn dod o fwy nag un lle (ffrydiau ariannu).</translation>
    </message>
    <message>
        <source>What it helps with</source>
        <translation>Beth mae&apos;n helpu gydag ef</translation>
    </message>
    <message>
        <source>Your plan doesn&apos;t say what matters to you yet. After you add that under “What matters to me”, you can say here what this support helps with.</source>
        <translation>Nid yw eich cynllun yn dweud beth sy&apos;n bwysig i chi eto. Ar ôl i chi ychwanegu hynny o dan “Beth sy&apos;n bwysig i mi”, gallwch ddweud yma beth mae&apos;r cymorth hwn yn helpu gydag ef.</translation>
    </message>
    <message>
        <source>Tick the things that matter to you that this helps with.</source>
        <translation>Ticiwch y pethau sy&apos;n bwysig i chi y mae hyn yn helpu gyda nhw.</translation>
    </message>
    <message>
        <source>Paying a relative</source>
        <translation>Talu perthynas</translation>
    </message>
    <message>
        <source>A close relative who lives with me is paid for this</source>
        <translation>Mae perthynas agos sy&apos;n byw gyda mi yn cael ei dalu am hyn</translation>
    </message>
    <message>
        <source>Money paid to you (a direct payment) can pay a close relative who lives with you only if the council agrees it is necessary. Ask the council first, and tick the box below when they have agreed.</source>
        <translation>Gall arian sy&apos;n cael ei dalu i chi (taliad uniongyrchol) dalu perthynas agos sy&apos;n byw gyda chi dim ond os yw&apos;r cyngor yn cytuno ei fod yn angenrheidiol. Gofynnwch i&apos;r cyngor yn gyntaf, a thiciwch y blwch isod pan fyddan nhw wedi cytuno.</translation>
    </message>
    <message>
        <source>The council has agreed</source>
        <translation>Mae&apos;r cyngor wedi cytuno</translation>
    </message>
    <message>
        <source>Personal assistant</source>
        <translation>Cynorthwyydd personol</translation>
    </message>
    <message>
        <source>Support details</source>
        <translation>Manylion y cymorth</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Your assistant&apos;s name</source>
        <translation>Enw eich cynorthwyydd</translation>
    </message>
    <message>
        <source>Support from the same assistant is costed as one job.</source>
        <translation>Mae cost cymorth gan yr un cynorthwyydd yn cael ei chyfrifo fel un swydd.</translation>
    </message>
    <message>
        <source>Who helps?</source>
        <translation>Pwy sy&apos;n helpu?</translation>
    </message>
    <message>
        <source>For example Mum, a neighbour or a local group</source>
        <translation>Er enghraifft Mam, cymydog neu grŵp lleol</translation>
    </message>
    <message>
        <source>Who gives it?</source>
        <translation>Pwy sy&apos;n ei roi?</translation>
    </message>
    <message>
        <source>A name, an agency, a club or a shop</source>
        <translation>Enw, asiantaeth, clwb neu siop</translation>
    </message>
    <message>
        <source>Pay an hour (hourly wage), in pounds</source>
        <translation>Tâl yr awr (cyflog yr awr), mewn punnoedd</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>You can use part hours, like 7.5</source>
        <translation>Gallwch ddefnyddio rhannau o oriau, fel 7.5</translation>
    </message>
    <message>
        <source>Price for each one, in pounds</source>
        <translation>Pris pob un, mewn punnoedd</translation>
    </message>
    <message>
        <source>For example the price of one hour, one session or one ticket</source>
        <translation>Er enghraifft pris un awr, un sesiwn neu un tocyn</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Faint</translation>
    </message>
    <message>
        <source>For example the number of hours, sessions or tickets. You can use part of one, like 7.5</source>
        <translation>Er enghraifft nifer yr oriau, y sesiynau neu&apos;r tocynnau. Gallwch ddefnyddio rhan o un, fel 7.5</translation>
    </message>
    <message>
        <source>Fill in the pay an hour and the hours to see what this costs.</source>
        <translation>Llenwch y tâl yr awr a&apos;r oriau i weld beth mae hyn yn ei gostio.</translation>
    </message>
    <message>
        <source>Fill in the price and how many to see what this costs.</source>
        <translation>Llenwch y pris a faint i weld beth mae hyn yn ei gostio.</translation>
    </message>
    <message>
        <source>Fill in the pay an hour and the hours to see the cost of employing them.</source>
        <translation>Llenwch y tâl yr awr a&apos;r oriau i weld cost eu cyflogi.</translation>
    </message>
    <message>
        <source>This support costs nothing.</source>
        <translation>Nid yw&apos;r cymorth hwn yn costio dim.</translation>
    </message>
    <message>
        <source>This costs %1 once, counted in the plan year.</source>
        <translation>Mae hyn yn costio %1 unwaith, wedi&apos;i gyfrif ym mlwyddyn y cynllun.</translation>
    </message>
    <message>
        <source>This costs %1 a week, %2 a year, with the costs of employing them.</source>
        <translation>Mae hyn yn costio %1 yr wythnos, %2 y flwyddyn, gyda chostau eu cyflogi.</translation>
    </message>
    <message>
        <source>This costs %1 a week, %2 a year.</source>
        <translation>Mae hyn yn costio %1 yr wythnos, %2 y flwyddyn.</translation>
    </message>
    <message>
        <source>%1 also gives other support in your plan, so the cost of employing them is worked out for all of it together. This support&apos;s share is %2.</source>
        <translation>Mae %1 hefyd yn rhoi cymorth arall yn eich cynllun, felly mae cost eu cyflogi&apos;n cael ei chyfrifo ar gyfer y cyfan gyda&apos;i gilydd. Cyfran y cymorth hwn yw %2.</translation>
    </message>
    <message>
        <source>Say what the support is, for example “Swimming with Sam” or “Help to get up”</source>
        <translation>Dywedwch beth yw&apos;r cymorth, er enghraifft “Nofio gyda Sam” neu “Help i godi”</translation>
    </message>
    <message>
        <source>Choose what kind of support it is</source>
        <translation>Dewiswch pa fath o gymorth yw e</translation>
    </message>
    <message>
        <source>Enter the pay an hour, like 12.71</source>
        <translation>Rhowch y tâl yr awr, fel 12.71</translation>
    </message>
    <message>
        <source>Enter the price, like 12.71 or 50. If you don&apos;t know it yet, enter 0</source>
        <translation>Rhowch y pris, fel 12.71 neu 50. Os nad ydych chi&apos;n ei wybod eto, rhowch 0</translation>
    </message>
    <message numerus="yes">
        <source>There are %n things to put right:</source>
        <translation>
            <numerusform>Pethau i&apos;w cywiro (%n):</numerusform>
            <numerusform>Pethau i&apos;w cywiro (%n):</numerusform>
            <numerusform>Pethau i&apos;w cywiro (%n):</numerusform>
            <numerusform>Pethau i&apos;w cywiro (%n):</numerusform>
            <numerusform>Pethau i&apos;w cywiro (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>change “%1”</source>
        <translation>newid “%1”</translation>
    </message>
    <message>
        <source>This support could not be saved. Please try again.</source>
        <translation>Nid oedd modd cadw&apos;r cymorth hwn. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>pb::ui::SupportItemsModel</name>
    <message>
        <source>No cost</source>
        <translation>Dim cost</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Di-dâl</translation>
    </message>
    <message>
        <source>Not linked yet</source>
        <translation>Heb gysylltiad eto</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Unpaid support costs nothing</source>
        <translation>Nid yw cymorth di-dâl yn costio dim</translation>
    </message>
    <message>
        <source>Includes the costs of employing them: holiday pay, National Insurance, pension, insurance and payroll</source>
        <translation>Yn cynnwys costau eu cyflogi: tâl gwyliau, Yswiriant Gwladol, pensiwn, yswiriant a chyflogres</translation>
    </message>
    <message>
        <source>A one-off cost, counted in full in the plan year</source>
        <translation>Cost untro, wedi&apos;i chyfrif yn llawn ym mlwyddyn y cynllun</translation>
    </message>
    <message>
        <source>Choose Change to say which outcomes it helps with</source>
        <translation>Dewiswch Newid i ddweud pa ganlyniadau mae&apos;n helpu gyda nhw</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <source>Cost a week</source>
        <translation>Cost yr wythnos</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>Cost y flwyddyn</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Wedi&apos;i dalu gan</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Yn helpu gyda</translation>
    </message>
</context>
<context>
    <name>pb::ui::SupportStep</name>
    <message>
        <source>My support</source>
        <translation>Fy nghymorth</translation>
    </message>
    <message>
        <source>List the support you will use, who gives it and what it costs. Include help that costs nothing.</source>
        <translation>Rhestrwch y cymorth y byddwch chi&apos;n ei ddefnyddio, pwy sy&apos;n ei roi a beth mae&apos;n ei gostio. Cynhwyswch help sydd ddim yn costio dim.</translation>
    </message>
    <message>
        <source>The support in my plan</source>
        <translation>Y cymorth yn fy nghynllun</translation>
    </message>
    <message>
        <source>Add support</source>
        <translation>Ychwanegu cymorth</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change the chosen support</source>
        <translation>Newid y cymorth a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove the chosen support</source>
        <translation>Tynnu&apos;r cymorth a ddewiswyd</translation>
    </message>
    <message>
        <source>Takes it out of the plan. Undo (Ctrl+Z) puts it back.</source>
        <translation>Yn ei dynnu allan o&apos;r cynllun. Mae Dadwneud (Ctrl+Z) yn ei roi yn ôl.</translation>
    </message>
    <message>
        <source>You haven&apos;t added any support yet. Choose “Add support” to start. Include help from family, friends or your community, which costs nothing.</source>
        <translation>Dydych chi ddim wedi ychwanegu unrhyw gymorth eto. Dewiswch “Ychwanegu cymorth” i ddechrau. Cynhwyswch help gan deulu, ffrindiau neu eich cymuned, sydd ddim yn costio dim.</translation>
    </message>
    <message>
        <source>Enter or double-click changes the chosen support; Delete removes it.</source>
        <translation>Mae Enter neu glicio ddwywaith yn newid y cymorth a ddewiswyd; mae Delete yn ei dynnu.</translation>
    </message>
    <message>
        <source>Work out what a personal assistant costs</source>
        <translation>Cyfrifo beth mae cynorthwyydd personol yn ei gostio</translation>
    </message>
    <message>
        <source>Employing a personal assistant costs more than their pay. See what it costs with holiday pay, National Insurance, a pension, insurance and payroll.</source>
        <translation>Mae cyflogi cynorthwyydd personol yn costio mwy na&apos;i dâl. Gwelwch beth mae&apos;n ei gostio gyda thâl gwyliau, Yswiriant Gwladol, pensiwn, yswiriant a chyflogres.</translation>
    </message>
    <message>
        <source>If my support can&apos;t come (back-up plan)</source>
        <translation>Os na all fy nghymorth ddod (cynllun wrth gefn)</translation>
    </message>
    <message>
        <source>What happens if my support can&apos;t come?</source>
        <translation>Beth sy&apos;n digwydd os na all fy nghymorth ddod?</translation>
    </message>
    <message>
        <source>For example: “If my assistant is ill, my sister Jo comes. If she can&apos;t, I ring the agency.”</source>
        <translation>Er enghraifft: “Os yw fy nghynorthwyydd yn sâl, mae fy chwaer Jo yn dod. Os na all hi ddod, rydw i&apos;n ffonio&apos;r asiantaeth.”</translation>
    </message>
    <message>
        <source>Who to call (back-up contact)</source>
        <translation>Pwy i&apos;w ffonio (cyswllt wrth gefn)</translation>
    </message>
    <message>
        <source>A person or a service</source>
        <translation>Person neu wasanaeth</translation>
    </message>
    <message>
        <source>Their phone number</source>
        <translation>Eu rhif ffôn</translation>
    </message>
    <message>
        <source>change the back-up plan</source>
        <translation>newid y cynllun wrth gefn</translation>
    </message>
    <message>
        <source>Total: %1 a week, %2 a year</source>
        <translation>Cyfanswm: %1 yr wythnos, %2 y flwyddyn</translation>
    </message>
    <message>
        <source>Personal assistants are costed with holiday pay, National Insurance, a pension, insurance and payroll, using the rates as of %1.</source>
        <translation>Mae cost cynorthwywyr personol wedi&apos;i chyfrifo gyda thâl gwyliau, Yswiriant Gwladol, pensiwn, yswiriant a chyflogres, gan ddefnyddio&apos;r cyfraddau ar %1.</translation>
    </message>
    <message>
        <source>Things to look at:</source>
        <translation>Pethau i edrych arnyn nhw:</translation>
    </message>
    <message>
        <source>See details</source>
        <translation>Gweld y manylion</translation>
    </message>
    <message>
        <source>See the details of the chosen support</source>
        <translation>Gweld manylion y cymorth a ddewiswyd</translation>
    </message>
    <message>
        <source>Removed “%1”. To put it back, choose Undo (Ctrl+Z).</source>
        <translation>Cafodd “%1” ei dynnu. I&apos;w roi yn ôl, dewiswch Dadwneud (Ctrl+Z).</translation>
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
        <translation>Thema</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Yn gweithio</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Ddim yn gweithio</translation>
    </message>
    <message>
        <source>For the future</source>
        <translation>Ar gyfer y dyfodol</translation>
    </message>
    <message>
        <source>About outcomes</source>
        <translation>Am ganlyniadau</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Y cyfan</translation>
    </message>
</context>
<context>
    <name>pb::ui::VersionTableModel</name>
    <message>
        <source>%1 (open now)</source>
        <extracomment>the status of the version shown in the window: &quot;Draft (open now)&quot;</extracomment>
        <translation>%1 (ar agor nawr)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>when and by whom a version was agreed: &quot;20 April 2026 by Grace Thompson&quot;</extracomment>
        <translation>%1 gan %2</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Heb ei adolygu eto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a table cell read out with its column: &quot;Status: Agreed&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Wedi&apos;i wneud ar</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
</context>
<context>
    <name>pb::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Personal Budget Planner</source>
        <translation>Croeso i Personal Budget Planner</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>This program helps you plan how to use your personal budget for care and support. Everything you type is saved on this computer as you go.</source>
        <translation>Mae&apos;r rhaglen hon yn eich helpu i gynllunio sut i ddefnyddio eich cyllideb bersonol ar gyfer gofal a chymorth. Mae popeth rydych chi&apos;n ei deipio yn cael ei gadw ar y cyfrifiadur hwn wrth i chi fynd.</translation>
    </message>
    <message>
        <source>Start with my own plan</source>
        <translation>Dechrau gyda fy nghynllun fy hun</translation>
    </message>
    <message>
        <source>Start with an example caseload to look around</source>
        <translation>Dechrau gyda llwyth achosion enghreifftiol i edrych o gwmpas</translation>
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
        <translation>Enw</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Adolygwyd ar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
</context>
</TS>
