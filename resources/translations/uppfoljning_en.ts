<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name />
    <message>
      <location filename="../../uppfoljning_desktop/ui/messages.py" line="25" />
      <source>Ett oväntat fel inträffade. Det du sparat tidigare finns kvar.</source>
      <translation>An unexpected error occurred. What you saved earlier is still there.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/messages.py" line="36" />
      <location filename="../../uppfoljning_desktop/ui/messages.py" line="45" />
      <location filename="../../uppfoljning_desktop/ui/messages.py" line="51" />
      <location filename="../../uppfoljning_desktop/ui/messages.py" line="62" />
      <source>Uppföljning</source>
      <translation>Uppföljning</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/messages.py" line="64" />
      <source>Spara inte</source>
      <translation>Don't save</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/messages.py" line="65" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="26" />
      <source>Uppföljning-databas (*.sqlite *.db);;Alla filer (*)</source>
      <translation>Uppföljning database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="38" />
      <source>Öppna databas …</source>
      <translation>Open database …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="39" />
      <source>Ny databas …</source>
      <translation>New database …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="40" />
      <source>Återställ från säkerhetskopia …</source>
      <translation>Restore from backup …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="63" />
      <location filename="../../uppfoljning_desktop/ui/session.py" line="112" />
      <source>Öppnar databasen …</source>
      <translation>Opening the database …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="120" />
      <source>&amp;Arkiv</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="121" />
      <source>&amp;Ny databas …</source>
      <translation>&amp;New database …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="122" />
      <source>&amp;Öppna databas …</source>
      <translation>&amp;Open database …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="123" />
      <source>Senaste databaser</source>
      <translation>Recent databases</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="125" />
      <source>&amp;Spara</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="127" />
      <source>&amp;Säkerhetskopiera nu</source>
      <translation>&amp;Back up now</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="128" />
      <source>Å&amp;terställ från säkerhetskopia …</source>
      <translation>&amp;Restore from backup …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="130" />
      <source>A&amp;vsluta</source>
      <translation>E&amp;xit</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="137" />
      <source>&amp;Redigera</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="138" />
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="202" />
      <source>&amp;Ångra</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="139" />
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="203" />
      <source>&amp;Gör om</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="142" />
      <source>&amp;Inställningar</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="143" />
      <source>Språk</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="146" />
      <source>&amp;Hjälp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="147" />
      <source>&amp;Om Uppföljning</source>
      <translation>&amp;About Uppföljning</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="184" />
      <source>(inga)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="202" />
      <source>&amp;Ångra {what}</source>
      <translation>&amp;Undo {what}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="203" />
      <source>&amp;Gör om {what}</source>
      <translation>&amp;Redo {what}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="219" />
      <source>Sparat.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="282" />
      <source>Databasen uppgraderades; en säkerhetskopia sparades först.</source>
      <translation>The database was upgraded; a backup was saved first.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="302" />
      <source>Dagens säkerhetskopia är sparad och kontrollerad.</source>
      <translation>Today's backup is saved and checked.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="305" />
      <source>Varning: dagens säkerhetskopia misslyckades. {why}</source>
      <translation>Warning: today's backup failed. {why}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="311" />
      <source>skrivskyddad: kan läsas och skrivas ut, inte ändras</source>
      <translation>read-only: can be read and printed, not changed</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="315" />
      <source>Databasen ligger på en skrivskyddad plats. Kopiera den till en mapp där du får skriva för att kunna ändra i den.</source>
      <translation>The database is in a read-only location. Copy it to a folder you can write to in order to change it.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="326" />
      <source>Ingen databas öppen</source>
      <translation>No database open</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="350" />
      <source>Öppna databas</source>
      <translation>Open database</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="358" />
      <source>Ny databas</source>
      <translation>New database</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="364" />
      <source>Filen {path} finns redan. Välj ett annat namn; ingen fil skrivs över.</source>
      <translation>The file {path} already exists. Choose another name; no file is overwritten.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="386" />
      <source>Säkerhetskopierar …</source>
      <translation>Backing up …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="388" />
      <source>Säkerhetskopian sparades:
{path}</source>
      <translation>The backup was saved:
{path}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="399" />
      <source>Öppna först den databas som ska återställas.</source>
      <translation>First open the database to be restored.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="405" />
      <source>Välj en fil …</source>
      <translation>Choose a file …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="407" />
      <source>Återställ</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="407" />
      <source>Återställ {name} från:</source>
      <translation>Restore {name} from:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="412" />
      <source>Välj säkerhetskopia</source>
      <translation>Choose backup</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="419" />
      <source>Ersätta allt innehåll i {name} med säkerhetskopian?
Nuvarande innehåll sparas först som en egen säkerhetskopia.</source>
      <translation>Replace all content of {name} with the backup?
The current content is first saved as a backup of its own.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="454" />
      <source>Återställer …</source>
      <translation>Restoring …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="465" />
      <source>Språket byts när du startar om Uppföljning.</source>
      <translation>The language changes when you restart Uppföljning.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="470" />
      <source>{app} {version}
Nämndsekreterarens program för sammanträden, delegationsbeslut, krisledning och måluppföljning.</source>
      <translation>{app} {version}
The committee secretary's program for meetings, delegation decisions, crisis management and goal follow-up.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="70" />
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="222" />
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="72" />
      <source>Lägg till</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="71" />
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="51" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="118" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="60" />
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="73" />
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="313" />
      <source>Ta bort</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="123" />
      <source>ny rad</source>
      <translation>new row</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="130" />
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="465" />
      <source>Ta bort {what}?</source>
      <translation>Remove {what}?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="147" />
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="334" />
      <location filename="../../uppfoljning_desktop/ui/messages.py" line="63" />
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="62" />
      <source>Spara</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="221" />
      <source>Ny krisplan från mall</source>
      <translation>New crisis plan from template</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="223" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="52" />
      <source>Ny version …</source>
      <translation>New version …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="225" />
      <source>Tidigare version: visas bara, kan inte ändras.</source>
      <translation>Earlier version: view only, cannot be changed.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="228" />
      <source>Hela krisplanen</source>
      <translation>The whole crisis plan</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="228" />
      <source>Krisplanen utan privata nummer</source>
      <translation>The crisis plan without private numbers</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="229" />
      <source>Rollkort, ett per sida</source>
      <translation>Role cards, one per page</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="229" />
      <source>Kontaktlista</source>
      <translation>Contact list</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="230" />
      <source>Kontaktlista utan privata nummer</source>
      <translation>Contact list without private numbers</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="231" />
      <source>Offlinekopia för krispärmen</source>
      <translation>Offline copy for the crisis binder</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="233" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="61" />
      <source>Förhandsgranska och skriv ut …</source>
      <translation>Preview and print …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="236" />
      <source>Version:</source>
      <translation>Version:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="243" />
      <source>Dokument:</source>
      <translation>Document:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="251" />
      <source>Checklista</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="252" />
      <source>Steg</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="255" />
      <source>Nytt steg</source>
      <translation>New step</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="256" />
      <source>steget "{t}"</source>
      <translation>the step "{t}"</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="257" />
      <source>Checklistor</source>
      <translation>Checklists</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="259" />
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="276" />
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="284" />
      <source>Funktion</source>
      <translation>Function</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="259" />
      <source>Syfte</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="262" />
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="279" />
      <source>Ny funktion</source>
      <translation>New function</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="263" />
      <source>rollkortet {f}</source>
      <translation>the role card {f}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="264" />
      <source>Uppgifter (en per rad)</source>
      <translation>Tasks (one per line)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="266" />
      <source>Rollkort</source>
      <translation>Role cards</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="268" />
      <source>Ordinarie</source>
      <translation>Primary</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="268" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="61" />
      <source>Ersättare</source>
      <translation>Deputy</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="269" />
      <source>{who}: namn</source>
      <translation>{who}: name</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="270" />
      <source>{who}: titel</source>
      <translation>{who}: title</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="271" />
      <source>{who}: tel arbete</source>
      <translation>{who}: work phone</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="272" />
      <source>{who}: tel privat</source>
      <translation>{who}: private phone</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="273" />
      <source>{who}: e-post arbete</source>
      <translation>{who}: work e-mail</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="274" />
      <source>{who}: e-post privat</source>
      <translation>{who}: private e-mail</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="276" />
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="286" />
      <source>Kontrollerad</source>
      <translation>Verified</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="280" />
      <source>funktionen {f}</source>
      <translation>the function {f}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="281" />
      <source>Krisledningsgrupp</source>
      <translation>Crisis management group</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="283" />
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="285" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="40" />
      <source>Anmärkning</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="289" />
      <source>Ny kontakt</source>
      <translation>New contact</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="291" />
      <source>kontakten {c}</source>
      <translation>the contact {c}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="292" />
      <source>Kontakter</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="294" />
      <source>Händelsetyp</source>
      <translation>Incident type</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="297" />
      <source>Ny händelsetyp</source>
      <translation>New incident type</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="298" />
      <source>checklistan {t}</source>
      <translation>the checklist {t}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="299" />
      <source>Vad gör jag (rader som börjar med - blir punkter)</source>
      <translation>What do I do (lines starting with - become bullet points)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="302" />
      <source>Kontakter för händelsen</source>
      <translation>Contacts for the incident</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="306" />
      <source>Incidenter</source>
      <translation>Incidents</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="310" />
      <source>Markera kontrollerad i dag</source>
      <translation>Mark verified today</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="325" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="89" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="91" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="45" />
      <source>ÅÅÅÅ-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="327" />
      <source>t.ex. AVUX/2016:60</source>
      <translation>e.g. AVUX/2016:60</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="330" />
      <source> månader</source>
      <translation> months</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="336" />
      <source>Planens namn</source>
      <translation>Name of the plan</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="337" />
      <source>Fastställd</source>
      <translation>Adopted</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="338" />
      <source>Beslut (dnr)</source>
      <translation>Decision (case no.)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="339" />
      <source>Kontrollera kontakter var</source>
      <translation>Verify contacts every</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="340" />
      <source>Krisledningsrummet</source>
      <translation>Crisis management room</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="341" />
      <source>Utrustning (en per rad)</source>
      <translation>Equipment (one per line)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="342" />
      <source>Möblering, telefonlinjer, nätverk</source>
      <translation>Furniture, phone lines, network</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="344" />
      <source>krisplanen</source>
      <translation>the crisis plan</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="348" />
      <source>Plan och krisledningsrum</source>
      <translation>Plan and crisis management room</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="373" />
      <source>fastställd {d}</source>
      <translation>adopted {d}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="373" />
      <source>ej fastställd</source>
      <translation>not adopted</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="375" />
      <source>Version {v}, {a}{r}</source>
      <translation>Version {v}, {a}{r}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="448" />
      <source>Välj först en rad.</source>
      <translation>First choose a row.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="463" />
      <source>Skapa en ny version av krisplanen? Den nuvarande versionen sparas oförändrad och kan inte längre ändras.</source>
      <translation>Create a new version of the crisis plan? The current version is kept unchanged and can no longer be edited.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="487" />
      <source>Fastställd: {e}</source>
      <translation>Adopted: {e}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="522" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="557" />
      <source>Spara PDF</source>
      <translation>Save PDF</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="522" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="557" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="248" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="344" />
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="447" />
      <location filename="../../uppfoljning_desktop/ui/document_view.py" line="162" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="537" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="572" />
      <source>Skriver ut …</source>
      <translation>Printing …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="541" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="575" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="263" />
      <location filename="../../uppfoljning_desktop/ui/document_view.py" line="169" />
      <source>PDF sparad: {path}</source>
      <translation>PDF saved: {path}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="102" />
      <source>ny rad {name}</source>
      <translation>new row {name}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="120" />
      <source>Ta bort {name}?</source>
      <translation>Remove {name}?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="145" />
      <source>Kommun och förvaltning</source>
      <translation>Municipality and administration</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="163" />
      <source>Nämnd</source>
      <translation>Committee</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="81" />
      <source>Starta händelse</source>
      <translation>Start incident</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="85" />
      <source>Övning (märks ÖVNING på skärmen och på varje utskrift)</source>
      <translation>Exercise (marked EXERCISE on screen and on every printout)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="284" />
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="31" />
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="250" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="87" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="40" />
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="175" />
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="188" />
      <source>Namn</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="88" />
      <source>Starttid</source>
      <translation>Start time</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="89" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="40" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="41" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="75" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="110" />
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="115" />
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="116" />
      <source>Plats</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="102" />
      <source>Starttid: {e}</source>
      <translation>Start time: {e}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="124" />
      <source>Starta händelse …</source>
      <translation>Start incident …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="126" />
      <source>Avsluta händelsen</source>
      <translation>End the incident</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="128" />
      <source>ÖVNING</source>
      <translation>EXERCISE</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="135" />
      <source>Händelse:</source>
      <translation>Incident:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="147" />
      <source>Skriv vad som hänt eller beslutats. Ctrl+Enter sparar.</source>
      <translation>Write what has happened or been decided. Ctrl+Enter saves.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="157" />
      <source>t.ex. 14:30</source>
      <translation>e.g. 14:30</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="159" />
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="178" />
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="258" />
      <source>(ingen)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="166" />
      <source>Spara post (Ctrl+Enter)</source>
      <translation>Save entry (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="169" />
      <source>Rätta vald post (Ctrl+R)</source>
      <translation>Correct selected entry (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="28" />
      <source>personnummer</source>
      <translation>personal identity number</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="29" />
      <source>telefonnummer</source>
      <translation>phone number</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="30" />
      <source>e-postadress</source>
      <translation>e-mail address</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="31" />
      <source>gatuadress</source>
      <translation>street address</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="32" />
      <source>privat uppgift i krisplanen</source>
      <translation>private detail in the crisis plan</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="34" />
      <source>Maskera</source>
      <translation>Mask</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="34" />
      <source>Publicera</source>
      <translation>Publish</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="50" />
      <source>Publiceringskontroll</source>
      <translation>Publication check</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="52" />
      <source>Den offentliga versionen innehåller uppgifter som kan vara personuppgifter. Välj för varje uppgift om den ska maskeras eller publiceras. Besluten sparas för sammanträdet.</source>
      <translation>The public version contains details that may be personal data. Choose for each whether it is masked or published. The decisions are saved for the meeting.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="57" />
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="249" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="175" />
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="111" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="39" />
      <location filename="../../uppfoljning_desktop/ui/crisis_log_model.py" line="16" />
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="115" />
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="57" />
      <source>Uppgift</source>
      <translation>Detail</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="73" />
      <source>Maskera alla</source>
      <translation>Mask all</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="175" />
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="184" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="120" />
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="29" />
      <location filename="../../uppfoljning_desktop/ui/crisis_log_model.py" line="19" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="176" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="40" />
      <source>Från</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="176" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="41" />
      <source>Till</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="177" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="385" />
      <source>Uppföljning kl.</source>
      <translation>Follow-up at</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="178" />
      <source>Beslutat av</source>
      <translation>Decided by</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="252" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="178" />
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="184" />
      <source>Ansvarig</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="194" />
      <source>Ny loggpost</source>
      <translation>New log entry</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="201" />
      <source>loggposten</source>
      <translation>the log entry</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="235" />
      <source>Spara ny version av lägesbilden</source>
      <translation>Save a new version of the situation picture</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="243" />
      <source>Skriv ut beslutslogg (Ctrl+P)</source>
      <translation>Print decision log (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="244" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="507" />
      <source>Händelselogg</source>
      <translation>Incident log</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="244" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="266" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="508" />
      <source>Lägesbild</source>
      <translation>Situation picture</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="245" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="508" />
      <source>Utvärdering</source>
      <translation>Evaluation</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="265" />
      <source>Logg</source>
      <translation>Log</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="320" />
      <source> – ÖVNING</source>
      <translation> – EXERCISE</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="321" />
      <source> (avslutad)</source>
      <translation> (ended)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="343" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="489" />
      <source>Version {v}, sparad {t:%H:%M}</source>
      <translation>Version {v}, saved {t:%H:%M}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="344" />
      <source>Ingen lägesbild sparad ännu.</source>
      <translation>No situation picture saved yet.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="371" />
      <source>Avsluta händelsen {name}?</source>
      <translation>End the incident {name}?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="385" />
      <source>Posten</source>
      <translation>The entry</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="507" />
      <source>Beslutslogg</source>
      <translation>Decision log</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="521" />
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="547" />
      <source>Skriver ut beslutsloggen …</source>
      <translation>Printing the decision log …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="536" />
      <source>Beslutsloggen ({pages}) skickades till skrivaren {printer} kl. {t}.</source>
      <translation>The decision log ({pages}) was sent to the printer {printer} at {t}.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="537" />
      <location filename="../../uppfoljning_desktop/ui/document_view.py" line="124" />
      <source>sida</source>
      <translation>page</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="537" />
      <location filename="../../uppfoljning_desktop/ui/document_view.py" line="124" />
      <source>sidor</source>
      <translation>pages</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="540" />
      <source>Beslutsloggen skrevs inte ut.</source>
      <translation>The decision log was not printed.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="411" />
      <source>Post nr {n} sparad {t:%H:%M:%S}.</source>
      <translation>Entry no. {n} saved {t:%H:%M:%S}.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="425" />
      <source>Klockan {t} har redan passerat i dag (nu {now}).
Ja: uppföljning i morgon {d} kl. {t}. Nej: i dag, som du skrev.</source>
      <translation>{t} has already passed today (it is {now}).
Yes: follow up tomorrow {d} at {t}. No: today, as typed.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="430" />
      <source>Uppföljningstiden {t} har redan passerat. Spara posten ändå?</source>
      <translation>The follow-up time {t} has already passed. Save the entry anyway?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="464" />
      <source>Välj först den post i loggen som ska rättas.</source>
      <translation>First choose the log entry to be corrected.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_mode.py" line="476" />
      <source>Rättelse av post nr {n}: båda posterna finns kvar i loggen. Esc avbryter.</source>
      <translation>Correction of entry no. {n}: both entries remain in the log. Esc cancels.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="31" />
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="176" />
      <source>Parti</source>
      <translation>Party</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="31" />
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="177" />
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="190" />
      <source>Roll</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="178" />
      <source>Mandatperiod från</source>
      <translation>Term from</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="179" />
      <source>Mandatperiod till</source>
      <translation>Term to</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="185" />
      <source>Ledamöter</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="189" />
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="284" />
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="191" />
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_plan.py" line="285" />
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="192" />
      <source>E-post</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="198" />
      <source>Tjänstepersoner</source>
      <translation>Officials</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="43" />
      <source>Ändra delegationsbeslut</source>
      <translation>Edit delegation decision</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="43" />
      <source>Nytt delegationsbeslut</source>
      <translation>New delegation decision</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="60" />
      <source>enligt punkten</source>
      <translation>as in the delegation point</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="69" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="35" />
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="201" />
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="29" />
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="75" />
      <source>Verksamhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="69" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="168" />
      <source>Beslutsdatum</source>
      <translation>Decision date</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="60" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="70" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="30" />
      <source>Punkt</source>
      <translation>Point</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="70" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="32" />
      <source>Dnr</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="71" />
      <source>Delegat (namn)</source>
      <translation>Delegate (name)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="72" />
      <source>Delegatens funktion</source>
      <translation>Delegate's function</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="72" />
      <source>Vidaredelegerat från</source>
      <translation>Sub-delegated from</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="66" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="73" />
      <source>Överklagande</source>
      <translation>Appeal</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="61" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="169" />
      <source>"{text}" är inget datum på formen ÅÅÅÅ-MM-DD</source>
      <translation>"{text}" is not a date in the form YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="88" />
      <source>delegationsbeslutet</source>
      <translation>the delegation decision</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="168" />
      <source>Delegationsbeslutet</source>
      <translation>The delegation decision</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="199" />
      <source>Ny version av delegationsordningen</source>
      <translation>New version of the delegation scheme</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="202" />
      <source>t.ex. AVUX/2016:8, § 15</source>
      <translation>e.g. AVUX/2016:8, § 15</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="206" />
      <source>Nämndens beslutsdatum</source>
      <translation>Committee's decision date</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="207" />
      <source>Dnr och paragraf</source>
      <translation>Case no. and section</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="208" />
      <source>Punkterna i den senaste versionen kopieras; ändra sedan det nämnden beslutat.</source>
      <translation>The points of the latest version are copied; then change what the committee decided.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="229" />
      <source>Beslutsdatum: "{text}" är inget datum på formen ÅÅÅÅ-MM-DD</source>
      <translation>Decision date: "{text}" is not a date in the form YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="202" />
      <source>Chef</source>
      <translation>Head</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="203" />
      <source>Chefens e-post</source>
      <translation>Head's e-mail</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="67" />
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="209" />
      <source>Verksamheter</source>
      <translation>Units</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/session.py" line="58" />
      <source>(process {pid} på {host})</source>
      <translation>(process {pid} on {host})</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/session.py" line="60" />
      <source>Databasen {path} används just nu av ett Uppföljning-kommando {who}.</source>
      <translation>The database {path} is being used right now by an Uppföljning command {who}.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/session.py" line="61" />
      <source>Vänta tills kommandot är klart och försök igen.</source>
      <translation>Wait until the command has finished and try again.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/session.py" line="63" />
      <source>Databasen {path} är redan öppen i ett annat Uppföljning-fönster {who}.</source>
      <translation>The database {path} is already open in another Uppföljning window {who}.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/session.py" line="64" />
      <source>Byt till det fönstret, eller stäng det och försök igen.</source>
      <translation>Switch to that window, or close it and try again.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/session.py" line="147" />
      <source>Daglig säkerhetskopia …</source>
      <translation>Daily backup …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_assessment.py" line="53" />
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="91" />
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="183" />
      <source>Mål</source>
      <translation>Goal</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_assessment.py" line="53" />
      <source>Förslag</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_assessment.py" line="53" />
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="138" />
      <source>Bedömning</source>
      <translation>Assessment</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_assessment.py" line="53" />
      <source>Resonemang / motivering</source>
      <translation>Reasoning / justification</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_assessment.py" line="70" />
      <source>Varför avviker bedömningen från förslaget? (krävs för en annan färg)</source>
      <translation>Why does the assessment differ from the proposal? (required for another colour)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_assessment.py" line="72" />
      <source>Bekräfta bedömning</source>
      <translation>Confirm assessment</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_assessment.py" line="73" />
      <source>Återställ till förslaget</source>
      <translation>Reset to the proposal</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_assessment.py" line="77" />
      <source>Förslagets resonemang:</source>
      <translation>Reasoning of the proposal:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_assessment.py" line="78" />
      <source>Bedömning:</source>
      <translation>Assessment:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_assessment.py" line="79" />
      <source>Motivering:</source>
      <translation>Justification:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_assessment.py" line="93" />
      <source>Enligt förslaget</source>
      <translation>As proposed</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_assessment.py" line="108" />
      <source>(ej bekräftad)</source>
      <translation>(not confirmed)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="24" />
      <source>Kallelse med föredragningslista</source>
      <translation>Notice with agenda</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="25" />
      <source>Ordförandeförslag</source>
      <translation>Chair's proposals</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="26" />
      <source>Tjänsteskrivelse (ärende)</source>
      <translation>Service memo (item)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="28" />
      <source>Protokollsutdrag (ärende)</source>
      <translation>Minutes extract (item)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="29" />
      <source>Möteshandlingar (allt i en PDF)</source>
      <translation>Meeting documents (all in one PDF)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="71" />
      <source>Ärende </source>
      <translation>Item </translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="72" />
      <source>Offentlig version</source>
      <translation>Public version</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="73" />
      <source>Justerat original</source>
      <translation>Adjusted original</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="74" />
      <source>Protokollet som det justerades, utan senare rättelser</source>
      <translation>The minutes as adjusted, without later corrections</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="75" />
      <source>Visa</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/document_view.py" line="49" />
      <source>Skrivaren {name} kunde inte startas.</source>
      <translation>The printer {name} could not be started.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/document_view.py" line="50" />
      <source>Kontrollera skrivaren, eller spara dokumentet som PDF och skriv ut det därifrån.</source>
      <translation>Check the printer, or save the document as PDF and print it from there.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/document_view.py" line="81" />
      <source>Skriv ut …</source>
      <translation>Print …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/document_view.py" line="82" />
      <source>Spara som PDF …</source>
      <translation>Save as PDF …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/document_view.py" line="83" />
      <source>Öppna i PDF-läsare</source>
      <translation>Open in PDF reader</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/document_view.py" line="162" />
      <source>Spara som PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="122" />
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="124" />
      <location filename="../../uppfoljning_desktop/ui/document_view.py" line="208" />
      <source>Skapar PDF …</source>
      <translation>Creating PDF …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="136" />
      <source>Den offentliga versionen visas inte förrän personuppgifterna är granskade.</source>
      <translation>The public version is not shown until the personal data has been reviewed.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="44" />
      <source>Fyll i från ledamotslistan</source>
      <translation>Fill in from the list of members</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="45" />
      <source>Spara närvaro</source>
      <translation>Save attendance</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="32" />
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="51" />
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="109" />
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="173" />
      <source>Närvaro</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="32" />
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="257" />
      <source>Tjänstgör för</source>
      <translation>Serving for</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="64" />
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="217" />
      <source>namn, åtskilda med kommatecken</source>
      <translation>names, separated by commas</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="70" />
      <source>Omedelbar justering</source>
      <translation>Immediate adjustment</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="71" />
      <source>Spara beslut</source>
      <translation>Save decision</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="73" />
      <source>Färdigställ protokollet (numrera §§)</source>
      <translation>Finalise the minutes (number the §§)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="75" />
      <source>Öppna protokollet igen</source>
      <translation>Reopen the minutes</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="76" />
      <source>Tar bort paragrafnumren så att protokollet kan ändras. Går bara före justeringen.</source>
      <translation>Removes the section numbers so the minutes can be changed. Only before adjustment.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="79" />
      <source>Rätta paragraf…</source>
      <translation>Correct section…</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="80" />
      <source>Rättelse av en paragraf i det justerade protokollet: en ny version med skäl; originalet finns kvar.</source>
      <translation>Correction of a section of the adjusted minutes: a new version with its reason; the original is kept.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="84" />
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="274" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="70" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="31" />
      <source>Ärende</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="85" />
      <source>Beslutsförhet</source>
      <translation>Quorum</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="86" />
      <source>Jäv</source>
      <translation>Conflicts of interest</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="57" />
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="87" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_dialogs.py" line="71" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="33" />
      <source>Beslut</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="88" />
      <source>Reservation</source>
      <translation>Dissent</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="89" />
      <source>Protokollsanteckning</source>
      <translation>Note in the minutes</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="107" />
      <source>närvaron</source>
      <translation>the attendance</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="118" />
      <source>beslutet i ärendet "{t}"</source>
      <translation>the decision on the item "{t}"</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="118" />
      <source>beslutet</source>
      <translation>the decision</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="142" />
      <source>Protokollet är färdigställt.</source>
      <translation>The minutes are finalised.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="142" />
      <source>Protokollet är inte färdigställt.</source>
      <translation>The minutes are not finalised.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="148" />
      <source>Protokollet är justerat. En paragraf ändras bara med Rätta paragraf… (en rättelse som syns i protokollet).</source>
      <translation>The minutes are adjusted. A section can only be changed with Correct section… (a correction that shows in the minutes).</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="288" />
      <source>{items} saknar beslut; i protokollet står då bara "–".
Färdigställ protokollet ändå?</source>
      <translation>{items} has no decision; the minutes will show only "–".
Finalise the minutes anyway?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="304" />
      <source>Öppna protokollet igen? Paragrafnumren tas bort och sätts på nytt när protokollet färdigställs.</source>
      <translation>Reopen the minutes? The section numbers are removed and given again when the minutes are finalised.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="331" />
      <source>§ {n} är rättad (version {v}). Protokollet visar rättelsen; originalet finns kvar.</source>
      <translation>§ {n} has been corrected (version {v}). The minutes show the correction; the original is kept.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_minutes.py" line="294" />
      <source>Protokollet är färdigställt med §§ {a}–{b}.</source>
      <translation>The minutes are finalised with §§ {a}–{b}.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="48" />
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="251" />
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="256" />
      <source>Nytt ärende</source>
      <translation>New item</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="49" />
      <source>Upp</source>
      <translation>Up</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="50" />
      <source>Ned</source>
      <translation>Down</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="52" />
      <source>Flytta …</source>
      <translation>Move …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="53" />
      <source>Bordlägg …</source>
      <translation>Postpone …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="63" />
      <source>Föredragningslista (dra för att ändra ordning)</source>
      <translation>Agenda (drag to change the order)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="76" />
      <source>tomt = nästa lediga nummer</source>
      <translation>empty = next free number</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="88" />
      <source>Sekretess</source>
      <translation>Confidential</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="90" />
      <source>OSL 26 kap. 1 §</source>
      <translation>OSL 26 kap. 1 §</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="99" />
      <source>Bifoga PDF …</source>
      <translation>Attach PDF …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="101" />
      <source>Ta bort bilagan</source>
      <translation>Remove the attachment</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="107" />
      <source>Spara ärendet</source>
      <translation>Save the item</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="109" />
      <source>Rubrik</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="110" />
      <source>Diarienummer</source>
      <translation>Case number</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="112" />
      <source>Handläggare</source>
      <translation>Case officer</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="113" />
      <source>Mottagare</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="114" />
      <source>Förslag till beslut</source>
      <translation>Proposed decision</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="115" />
      <source>Sammanfattning</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="116" />
      <source>Ärendet</source>
      <translation>The matter</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="117" />
      <source>Expedieras till</source>
      <translation>Send to</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="118" />
      <source>Undertecknas av</source>
      <translation>Signed by</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="121" />
      <source>Sekretessmarkerat av</source>
      <translation>Marked confidential by</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="122" />
      <source>Bilagor</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="128" />
      <source>Historik</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="131" />
      <source>ärendet "{t}"</source>
      <translation>the item "{t}"</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="168" />
      <source> (bordlagt)</source>
      <translation> (postponed)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="258" />
      <source>nytt ärende</source>
      <translation>new item</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="408" />
      <source>flyttning</source>
      <translation>move</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="292" />
      <source>Observera:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="305" />
      <source>ändrad ordning</source>
      <translation>changed order</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="319" />
      <source>Ta bort ärendet "{t}"?</source>
      <translation>Remove the item "{t}"?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="334" />
      <source>borttaget ärende</source>
      <translation>deleted item</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="342" />
      <source>Bifoga PDF</source>
      <translation>Attach PDF</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="342" />
      <source>PDF-filer (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="357" />
      <source>Ta bort bilagan {name} från ärendet?</source>
      <translation>Remove the attachment {name} from the item?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="376" />
      <source>bilaga {name}</source>
      <translation>attachment {name}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="392" />
      <source>Det finns inget senare sammanträde att flytta till. Skapa det först.</source>
      <translation>There is no later meeting to move to. Create it first.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="394" />
      <source>Bordlägg ärendet</source>
      <translation>Postpone the item</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="394" />
      <source>Flytta ärendet</source>
      <translation>Move the item</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="395" />
      <source>Till sammanträdet</source>
      <translation>To the meeting</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="91" />
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="91" />
      <source>Uppdelning</source>
      <translation>Breakdown</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="92" />
      <source>Utfall föregående år</source>
      <translation>Previous year</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="92" />
      <source>Riktvärde</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="93" />
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="184" />
      <source>Kommentar</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="134" />
      <source>Utfallet för "{name}" ({split}) sparades inte: {error}.</source>
      <translation>The outcome for "{name}" ({split}) was not saved: {error}.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="136" />
      <source>Skriv t.ex. 1 234,5 eller 85 %.</source>
      <translation>Write e.g. 1 234,5 or 85 % (Swedish number format).</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="140" />
      <source>Utfallet för "{name}" ({split}) sparades inte: måttet anges i {unit}, inte i procent.</source>
      <translation>The outcome for "{name}" ({split}) was not saved: the measure is given in {unit}, not as a percentage.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="142" />
      <source>Skriv talet utan %.</source>
      <translation>Type the number without %.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="183" />
      <source>Aktivitet</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="183" />
      <source>Klart</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="51" />
      <source>Inlämnade listor</source>
      <translation>Submitted lists</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="53" />
      <source>Delegationsordning</source>
      <translation>Delegation scheme</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="64" />
      <source>Sök i ärende och beslut …</source>
      <translation>Search subject and decision …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="71" />
      <source>från ÅÅÅÅ-MM-DD</source>
      <translation>from YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="71" />
      <source>till ÅÅÅÅ-MM-DD</source>
      <translation>to YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="76" />
      <source>Anmälda och ej anmälda</source>
      <translation>Reported and not reported</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="76" />
      <source>Ej anmälda</source>
      <translation>Not reported</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="76" />
      <source>Anmälda</source>
      <translation>Reported</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="116" />
      <source>Nytt beslut …</source>
      <translation>New decision …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="117" />
      <source>Ändra …</source>
      <translation>Edit …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="119" />
      <source>Förhandsgranska anmälan …</source>
      <translation>Preview the report …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="135" />
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="139" />
      <source>Alla verksamheter</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="140" />
      <source>Alla punkter</source>
      <translation>All points</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="141" />
      <source>Alla delegater</source>
      <translation>All delegates</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="170" />
      <source>Datumfiltret: {error}</source>
      <translation>Date filter: {error}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="176" />
      <source>Datumfiltret: från-datumet {start} ligger efter till-datumet {end}.</source>
      <translation>Date filter: the from-date {start} is after the to-date {end}.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="182" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="127" />
      <source>{n} beslut</source>
      <translation>{n} decisions</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="212" />
      <source>Ta bort beslut {nr} ({subject})?</source>
      <translation>Remove decision {nr} ({subject})?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="225" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="242" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="228" />
      <source>Anmälan av delegationsbeslut</source>
      <translation>Report of delegation decisions</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="225" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="242" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="228" />
      <source>Sammanträde:</source>
      <translation>Meeting:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="236" />
      <source>Anmälan av delegationsbeslut {date}</source>
      <translation>Report of delegation decisions {date}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="247" />
      <source>Spara anmälan som PDF</source>
      <translation>Save the report as PDF</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation.py" line="262" />
      <source>Skriver ut delegationsbesluten …</source>
      <translation>Printing the delegation decisions …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="68" />
      <source>Fyll i anmälan till sammanträde …</source>
      <translation>Fill in the report for a meeting …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="70" />
      <source>Skapa Excel-mall …</source>
      <translation>Create Excel template …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="72" />
      <source>Läs in ifylld lista …</source>
      <translation>Import filled-in list …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="76" />
      <source> dagar</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="80" />
      <source>Grönt: anmäld till nämnden (protokollet justerat) · Gult: inlämnad, väntar på anmälan · Rött: saknas</source>
      <translation>Green: reported to the committee (minutes adjusted) · Yellow: submitted, awaiting report · Red: missing</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="84" />
      <source>Överklagbara beslut som inte anmälts inom</source>
      <translation>Appealable decisions not reported within</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="86" />
      <source>ska anslås särskilt:</source>
      <translation>must be posted separately:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="90" />
      <source>Inlämnade listor per verksamhet och månad</source>
      <translation>Submitted lists per unit and month</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="122" />
      <source>saknas</source>
      <translation>missing</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="127" />
      <source>inga beslut</source>
      <translation>no decisions</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="130" />
      <source>anmäld {date}</source>
      <translation>reported {date}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="132" />
      <source>tas upp {date}</source>
      <translation>on the agenda {date}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="135" />
      <source>Inlämnad {date}</source>
      <translation>Submitted {date}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="147" />
      <source>{nr}  {date}  {unit}: {subject} (punkt {point}, {delegate})</source>
      <translation>{nr}  {date}  {unit}: {subject} (point {point}, {delegate})</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="154" />
      <source>… och {n} beslut till (de äldsta visas först)</source>
      <translation>… and {n} more decisions (the oldest are shown first)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="159" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="165" />
      <source>Excel-mall</source>
      <translation>Excel template</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="159" />
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="246" />
      <source>Verksamhet:</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="165" />
      <source>Månad:</source>
      <translation>Month:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="169" />
      <source>Spara mallen</source>
      <translation>Save the template</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="170" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="189" />
      <source>Excel-arbetsbok (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="184" />
      <source>Skapar mallen …</source>
      <translation>Creating the template …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="185" />
      <source>Mallen sparades: {path}</source>
      <translation>The template was saved: {path}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="189" />
      <source>Läs in ifylld lista</source>
      <translation>Import filled-in list</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="205" />
      <source>Filen lästes in.</source>
      <translation>The file was imported.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="210" />
      <source>Filen lästes inte in; inget sparades.</source>
      <translation>The file was not imported; nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="212" />
      <source>Läser in listan …</source>
      <translation>Importing the list …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="225" />
      <source>Det finns inget kommande sammanträde att fylla i.</source>
      <translation>There is no upcoming meeting to fill in.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="226" />
      <source>Lägg upp sammanträdet under Sammanträden först.</source>
      <translation>Create the meeting under Meetings first.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="244" />
      <source>Ärendet "{title}" tar upp {n} listor; anmälan är bifogad.</source>
      <translation>The item "{title}" covers {n} lists; the report is attached.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_board.py" line="250" />
      <source>Fyller i anmälan av delegationsbeslut …</source>
      <translation>Filling in the report of delegation decisions …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="56" />
      <source>År </source>
      <translation>Year </translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="58" />
      <source>Generera …</source>
      <translation>Generate …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="59" />
      <source>Lägg till sammanträde på vald dag</source>
      <translation>Add a meeting on the selected day</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="62" />
      <source>Till kalendern (.ics) …</source>
      <translation>To the calendar (.ics) …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="63" />
      <source>Skapa årets sammanträden …</source>
      <translation>Create the year's meetings …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="156" />
      <source>Ingen sammanträdesordning för {year} ännu. Klicka på Generera.</source>
      <translation>No meeting schedule for {year} yet. Click Generate.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="159" />
      <source>{m} sammanträden och {p} beredningar.</source>
      <translation>{m} meetings and {p} preparation meetings.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="162" />
      <source>{n} av sammanträdena är skapade under Sammanträden.</source>
      <translation>{n} of the meetings have been created under Meetings.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="197" />
      <source>Konflikter ({n})</source>
      <translation>Conflicts ({n})</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="197" />
      <source>Inga konflikter.</source>
      <translation>No conflicts.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="40" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="239" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="74" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="109" />
      <location filename="../../uppfoljning_desktop/ui/crisis_log_model.py" line="16" />
      <source>Tid</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="39" />
      <source>Dag</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="84" />
      <source>&lt;span style='color:{meeting}'&gt;■&lt;/span&gt; sammanträde &amp;nbsp; &lt;span style='color:{preparation}'&gt;●&lt;/span&gt; beredning &amp;nbsp; &lt;span style='color:{holiday}'&gt;röd&lt;/span&gt; helgdag &amp;nbsp; &lt;span style='color:{conflict}'&gt;□&lt;/span&gt; konflikt</source>
      <translation>&lt;span style='color:{meeting}'&gt;■&lt;/span&gt; meeting &amp;nbsp; &lt;span style='color:{preparation}'&gt;●&lt;/span&gt; preparation meeting &amp;nbsp; &lt;span style='color:{holiday}'&gt;red&lt;/span&gt; public holiday &amp;nbsp; &lt;span style='color:{conflict}'&gt;□&lt;/span&gt; conflict</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="262" />
      <source>Det finns redan en sammanträdesordning för {y}. Ersätta den?</source>
      <translation>There is already a meeting schedule for {y}. Replace it?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="278" />
      <source>Några datum flyttades:</source>
      <translation>Some dates were moved:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="297" />
      <source>Klicka först på en dag i årsvyn.</source>
      <translation>First click a day in the year view.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="310" />
      <source>Välj först ett datum i listan.</source>
      <translation>First choose a date in the list.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="314" />
      <source>Ta bort {what} {date}?</source>
      <translation>Remove {what} {date}?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="316" />
      <source>Dess {n} beredningar tas också bort.</source>
      <translation>Its {n} preparation meetings are removed too.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="317" />
      <source>Nästa kalenderfil (.ics) avbokar det i de kalendrar som redan har det.</source>
      <translation>The next calendar file (.ics) cancels it in the calendars that already have it.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="338" />
      <source>Sammanträdesordning {year}</source>
      <translation>Meeting schedule {year}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="343" />
      <source>Spara sammanträdesordningen</source>
      <translation>Save the meeting schedule</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="358" />
      <source>Skriver sammanträdesordningen …</source>
      <translation>Writing the meeting schedule …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="359" />
      <source>Sparad: {p}</source>
      <translation>Saved: {p}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="363" />
      <source>Exportera till kalendern</source>
      <translation>Export to the calendar</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="364" />
      <source>iCalendar (*.ics)</source>
      <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="377" />
      <source>Exporterar kalendern …</source>
      <translation>Exporting the calendar …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="378" />
      <source>{n} händelser sparades i {p}. Öppna filen i Outlook; en ny export uppdaterar samma händelser.</source>
      <translation>{n} events were saved in {p}. Open the file in Outlook; a new export updates the same events.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="391" />
      <source>Inget ärende nu</source>
      <translation>No item now</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="393" />
      <source>Skapa årets sammanträden</source>
      <translation>Create the year's meetings</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="394" />
      <source>Sammanträdena för {y} skapas. På vilket sammanträde ska ärendet "Sammanträdesordning {y}" tas upp?</source>
      <translation>The meetings for {y} will be created. At which meeting should the item "Sammanträdesordning {y}" (meeting schedule) be taken up?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="413" />
      <source>{c} sammanträden skapades, {l} fanns redan.</source>
      <translation>{c} meetings were created, {l} already existed.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="415" />
      <source>Ärendet "{t}" ({dnr}) finns på sammanträdet {d}.</source>
      <translation>The item "{t}" ({dnr}) is on the agenda of the meeting of {d}.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="419" />
      <source>Skapar sammanträdena …</source>
      <translation>Creating the meetings …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="55" />
      <source>Generera sammanträdesordning</source>
      <translation>Generate meeting schedule</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="70" />
      <source>första</source>
      <translation>first</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="70" />
      <source>andra</source>
      <translation>second</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="70" />
      <source>tredje</source>
      <translation>third</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="70" />
      <source>fjärde</source>
      <translation>fourth</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="70" />
      <source>sista</source>
      <translation>last</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="72" />
      <source>År</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="40" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="73" />
      <source>Veckodag</source>
      <translation>Weekday</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="41" />
      <source>Dagar före</source>
      <translation>Days before</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="76" />
      <source>Vecka i månaden</source>
      <translation>Week of the month</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="78" />
      <source>Sammanträden per månad</source>
      <translation>Meetings per month</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="89" />
      <source>Beredningar</source>
      <translation>Preparation meetings</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="96" />
      <source>Lägg till beredning</source>
      <translation>Add preparation meeting</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="96" />
      <source>Ta bort beredning</source>
      <translation>Remove preparation meeting</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="97" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="69" />
      <source>Beredning</source>
      <translation>Preparation meeting</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="135" />
      <source>Beredning rad {n}</source>
      <translation>Preparation meeting, row {n}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_dialog.py" line="137" />
      <source>{where}: "{v}" är inget antal dagar</source>
      <translation>{where}: "{v}" is not a number of days</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="62" />
      <source>Kopiera planen till en ny period</source>
      <translation>Copy the plan to a new period</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="73" />
      <source>Den nya planens namn:</source>
      <translation>Name of the new plan:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="74" />
      <source>Första år:</source>
      <translation>First year:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="75" />
      <source>Sista år:</source>
      <translation>Last year:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="77" />
      <source>Delår 1, delår 2, helår</source>
      <translation>Interim 1, interim 2, full year</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="77" />
      <source>Tertial 1–3</source>
      <translation>Four-month periods 1–3</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="78" />
      <source>Varje månad</source>
      <translation>Every month</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="80" />
      <source>Perioder:</source>
      <translation>Periods:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="96" />
      <source>Kopiera planen till ny period …</source>
      <translation>Copy the plan to a new period …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="99" />
      <source>Verksamhetsplan:</source>
      <translation>Operational plan:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_send.py" line="39" />
      <source>Påminnelser</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_send.py" line="39" />
      <source>Skapa mallar</source>
      <translation>Create templates</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_send.py" line="42" />
      <source>Bläddra …</source>
      <translation>Browse …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_send.py" line="51" />
      <source>Skapa e-postutkast (.eml) till verksamheternas chefer</source>
      <translation>Create e-mail drafts (.eml) to the heads of the units</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_send.py" line="54" />
      <location filename="../../uppfoljning_desktop/ui/excel_panel.py" line="43" />
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="101" />
      <source>Period:</source>
      <translation>Period:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_send.py" line="56" />
      <source>Verksamheter:</source>
      <translation>Units:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_send.py" line="57" />
      <source>Sista dag:</source>
      <translation>Deadline:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_send.py" line="58" />
      <source>Mapp:</source>
      <translation>Folder:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_send.py" line="61" />
      <source>Skapa</source>
      <translation>Create</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_send.py" line="68" />
      <source>Välj mapp för mallarna</source>
      <translation>Choose a folder for the templates</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_send.py" line="92" />
      <source>{n} mallar sparades i {folder}.</source>
      <translation>{n} templates were saved in {folder}.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_send.py" line="95" />
      <source>Skriver mallarna …</source>
      <translation>Writing the templates …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="107" />
      <source>Bedömningsskalan i planens egna ord</source>
      <translation>The assessment scale in the plan's own words</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="109" />
      <source>Skala:</source>
      <translation>Scale:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_grid.py" line="93" />
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="136" />
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="184" />
      <source>Utfall</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="94" />
      <source>Förhandsgranska måluppföljningen …</source>
      <translation>Preview the goal follow-up …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="137" />
      <source>Aktiviteter</source>
      <translation>Activities</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="139" />
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="293" />
      <source>Struktur</source>
      <translation>Structure</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="143" />
      <source>Excel</source>
      <translation>Excel</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="145" />
      <source>Ingen verksamhetsplan finns ännu. Skapa en med knappen nedan.</source>
      <translation>There is no operational plan yet. Create one with the button below.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="146" />
      <source>Ny verksamhetsplan …</source>
      <translation>New operational plan …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="351" />
      <source>Ta bort "{name}" med allt som hör till (indikatorer, utfall, aktiviteter)?</source>
      <translation>Remove "{name}" with everything that belongs to it (indicators, outcomes, activities)?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="368" />
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="306" />
      <source>Nytt målområde</source>
      <translation>New goal area</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="370" />
      <source>Välj först det målområde målet ska ligga under.</source>
      <translation>First choose the goal area the goal belongs to.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="373" />
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="306" />
      <source>Nytt KF-mål</source>
      <translation>New council goal</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="376" />
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="307" />
      <source>Nytt nämndmål</source>
      <translation>New committee goal</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="378" />
      <source>Välj först det nämndmål som indikatorn eller aktiviteten hör till.</source>
      <translation>First choose the committee goal the indicator or activity belongs to.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="381" />
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="307" />
      <source>Ny indikator</source>
      <translation>New indicator</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="383" />
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="308" />
      <source>Ny aktivitet</source>
      <translation>New activity</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="392" />
      <source>Verksamhetsplan {year}</source>
      <translation>Operational plan {year}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="393" />
      <source>Ny verksamhetsplan</source>
      <translation>New operational plan</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="409" />
      <source>Verksamhetsplan {first}–{last}</source>
      <translation>Operational plan {first}–{last}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="423" />
      <source>Planen kopierades till "{name}". Utfall och bedömningar följer inte med; ingående värden är fjolårets utfall där sådana finns.</source>
      <translation>The plan was copied to "{name}". Outcomes and assessments are not copied; baselines are last year's outcomes where there are any.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="439" />
      <source>Måluppföljning {label}</source>
      <translation>Goal follow-up {label}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="447" />
      <source>Spara måluppföljningen som PDF</source>
      <translation>Save the goal follow-up as PDF</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="468" />
      <source>Skapar måluppföljningen …</source>
      <translation>Creating the goal follow-up …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/goals.py" line="469" />
      <source>Måluppföljningen sparades: {path}</source>
      <translation>The goal follow-up was saved: {path}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/publication_dialog.py" line="57" />
      <location filename="../../uppfoljning_desktop/ui/areas/crisis.py" line="35" />
      <source>Var</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/crisis.py" line="35" />
      <source>Brist</source>
      <translation>Gap</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/crisis.py" line="35" />
      <source>Vad behöver göras</source>
      <translation>What needs to be done</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/crisis.py" line="53" />
      <source>Det finns ingen krisplan ännu. Skapa en under fliken Krisplan.</source>
      <translation>There is no crisis plan yet. Create one on the Crisis plan tab.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/crisis.py" line="57" />
      <source>Inga brister hittades i den senaste versionen av krisplanen.</source>
      <translation>No gaps were found in the latest version of the crisis plan.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/crisis.py" line="58" />
      <source>{gaps} i den senaste versionen av krisplanen:</source>
      <translation>{gaps} in the latest version of the crisis plan:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/crisis.py" line="59" />
      <source>brist</source>
      <translation>gap</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/crisis.py" line="59" />
      <source>brister</source>
      <translation>gaps</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/crisis.py" line="76" />
      <source>Krisplan</source>
      <translation>Crisis plan</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/crisis.py" line="77" />
      <source>Brister</source>
      <translation>Gaps</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/crisis.py" line="78" />
      <source>Krisläge</source>
      <translation>Crisis mode</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="54" />
      <source>Lägg till punkt</source>
      <translation>Add point</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="55" />
      <source>Ta bort punkt</source>
      <translation>Remove point</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="142" />
      <source>t.ex. ordförandens förslag, eller yrkandets lydelse</source>
      <translation>e.g. the chair's proposal, or the wording of the motion</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="144" />
      <source>Nytt yrkande (Ctrl+N)</source>
      <translation>New motion (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="146" />
      <source>Återta yrkandet</source>
      <translation>Withdraw the motion</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="154" />
      <source>ja-förslaget</source>
      <translation>the yes proposal</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="155" />
      <source>nej-förslaget</source>
      <translation>the no proposal</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="156" />
      <source>Ställ proposition (Ctrl+P)</source>
      <translation>Put the question (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="162" />
      <source>val med slutna sedlar: Anna Berg 6, Bo Ek 5</source>
      <translation>closed-ballot election: Anna Berg 6, Bo Ek 5</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="163" />
      <source>Registrera valet</source>
      <translation>Record the election</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="165" />
      <source>Bygg beslutet från beslutsgången (Ctrl+B)</source>
      <translation>Build the decision from the decision process (Ctrl+B)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="170" />
      <source>Yrkanden och propositionsordning</source>
      <translation>Motions and order of putting the questions</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="173" />
      <source>Vem</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="174" />
      <source>Yrkar</source>
      <translation>Moves</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="180" />
      <source>Fråga</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="181" />
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="170" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="58" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="126" />
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="182" />
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="171" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="58" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="126" />
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="183" />
      <source>Ordföranden finner för</source>
      <translation>The chair finds for</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="198" />
      <source>Alla ja utom markerade (nej)</source>
      <translation>All yes except the selected (no)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="200" />
      <source>Registrera omröstningen (Ctrl+R)</source>
      <translation>Record the vote (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="202" />
      <source>Omröstning</source>
      <translation>Vote</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="204" />
      <source>Klicka på ett namn: Ja → Nej → Avstår. Tangenterna J, N och A sätter de markerade.</source>
      <translation>Click a name: Yes → No → Abstains. The keys J, N and A set the selected names.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="219" />
      <source>t.ex. Moderaternas ledamöter</source>
      <translation>e.g. the Moderate Party's members</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="221" />
      <source>Skriftlig (bilaga)</source>
      <translation>In writing (attachment)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="232" />
      <source>Bara i detta ärende (t.ex. vid jäv)</source>
      <translation>Only in this item (e.g. for a conflict of interest)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="233" />
      <source>Ändra närvaron från detta ärende</source>
      <translation>Change attendance from this item on</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="245" />
      <source>Spara tiderna</source>
      <translation>Save the times</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="247" />
      <source>Reservationer, anteckningar och närvaro</source>
      <translation>Reservations, notes and attendance</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="251" />
      <source>Partigrupp</source>
      <translation>Party group</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="255" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="256" />
      <source>Ny närvaro</source>
      <translation>New attendance</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="261" />
      <source>Sammanträdet avslutades</source>
      <translation>Meeting closed at</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="262" />
      <source>Justeringen kl.</source>
      <translation>Adjustment at</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="283" />
      <source>Delete tar bort den markerade raden</source>
      <translation>Delete removes the selected row</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="346" />
      <source>– (bara ja-förslaget)</source>
      <translation>– (the yes proposal only)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="362" />
      <source>Omröstning: {y} ja, {n} nej, {a} avstår</source>
      <translation>Vote: {y} yes, {n} no, {a} abstain</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="382" />
      <source>Beslut: {text}</source>
      <translation>Decision: {text}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="392" />
      <source>Ja {y} · Nej {n} · Avstår {a}</source>
      <translation>Yes {y} · No {n} · Abstain {a}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="394" />
      <source>lika: ordförandens röst avgör</source>
      <translation>tie: the chair's vote decides</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="472" />
      <source>propositionen och dess omröstning</source>
      <translation>the question and its vote</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="476" />
      <source>reservationen eller anteckningen</source>
      <translation>the reservation or note</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="480" />
      <source>närvaroändringen</source>
      <translation>the attendance change</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="60" />
      <source>Ärendetyp</source>
      <translation>Case type</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="61" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="34" />
      <source>Delegat</source>
      <translation>Delegate</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="62" />
      <source>Lagrum</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="62" />
      <source>Villkor</source>
      <translation>Conditions</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="63" />
      <source>Vidaredelegering</source>
      <translation>Sub-delegation</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="64" />
      <source>Anmäls</source>
      <translation>To be reported</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="65" />
      <source>Ej delegerbar (KL 6:38)</source>
      <translation>Not delegable (KL 6:38)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="81" />
      <source>Delegationsordning beslutad:</source>
      <translation>Delegation scheme decided:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="124" />
      <source>Lägg först till en version av delegationsordningen.</source>
      <translation>First add a version of the delegation scheme.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="125" />
      <source>Klicka på "Ny version …" och ange nämndens beslutsdatum.</source>
      <translation>Click "New version …" and enter the committee's decision date.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="132" />
      <source>Ny ärendetyp</source>
      <translation>New case type</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="133" />
      <source>Förvaltningschef</source>
      <translation>Head of administration</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_rules.py" line="144" />
      <source>Ta bort punkt {point} ({case})?</source>
      <translation>Remove point {point} ({case})?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="60" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="196" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="244" />
      <source>Sammanträdet</source>
      <translation>The meeting</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="82" />
      <source>Majoriteten: lokal 2:3</source>
      <translation>Majority: room 2:3</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="92" />
      <source>Spara sammanträdet</source>
      <translation>Save the meeting</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule.py" line="39" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="108" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="29" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="111" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="196" />
      <source>Gruppmöten kl.</source>
      <translation>Group meetings at</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="112" />
      <source>Grupprum</source>
      <translation>Group rooms</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="113" />
      <source>Praktiskt</source>
      <translation>Practical notes</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="114" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="244" />
      <source>Justerare</source>
      <translation>Adjusters</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="115" />
      <source>Justeringens plats</source>
      <translation>Place of adjustment</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="121" />
      <source>Tidsfrister</source>
      <translation>Deadlines</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="122" />
      <source>sammanträdet</source>
      <translation>the meeting</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="163" />
      <source>Kallelsen senast</source>
      <translation>Notice at the latest</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="164" />
      <source>Justering senast (KL 5:69)</source>
      <translation>Adjustment at the latest (KL 5:69)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="165" />
      <source>Anslag senast (KL 8:12)</source>
      <translation>Posting at the latest (KL 8:12)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="166" />
      <source>Sista dag att överklaga (KL 13:5)</source>
      <translation>Last day to appeal (KL 13:5)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="167" />
      <source>Anslaget tas ned tidigast</source>
      <translation>Posting taken down at the earliest</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="197" />
      <source>"{text}" är ingen tid (TT:MM)</source>
      <translation>"{text}" is not a time (HH:MM)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="117" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="206" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="281" />
      <source>Justeringsdatum</source>
      <translation>Adjustment date</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="118" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="207" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="283" />
      <source>Anslagsdatum</source>
      <translation>Posting date</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="218" />
      <source>Flytta sammanträdet från {old} till {new}? Ärendena följer med och tidsfristerna räknas om.</source>
      <translation>Move the meeting from {old} to {new}? The items move with it and the deadlines are recalculated.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="246" />
      <source>Spara justerarna ändå?</source>
      <translation>Save the adjusters anyway?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="274" />
      <source>Justera protokollet från {date}? Efter justeringen kan det bara ändras genom rättelse av en paragraf.</source>
      <translation>Adjust the minutes of {date}? After adjustment they can only be changed by correcting a section.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="306" />
      <source>Nytt sammanträde</source>
      <translation>New meeting</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="308" />
      <source>Ta bort sammanträdet …</source>
      <translation>Delete the meeting …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="313" />
      <source>Sammanträden</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="327" />
      <source>Beslutsgång</source>
      <translation>Decision process</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="395" />
      <source>Skapa sammanträdet den dagen ändå?</source>
      <translation>Create the meeting on that day anyway?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="410" />
      <source>Ta bort sammanträdet {date} med {items}? Det går inte att ångra.</source>
      <translation>Delete the meeting {date} with {items}? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="411" />
      <source>ärende</source>
      <translation>item</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="411" />
      <source>ärenden</source>
      <translation>items</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="421" />
      <source>Sammanträdet {date} togs bort.</source>
      <translation>The meeting {date} was deleted.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="21" />
      <source>planerat</source>
      <translation>planned</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="22" />
      <source>kallat</source>
      <translation>notice sent</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="23" />
      <source>genomfört</source>
      <translation>held</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="24" />
      <source>justerat</source>
      <translation>adjusted</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="25" />
      <source>anslaget</source>
      <translation>posted</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="26" />
      <source>nedtaget</source>
      <translation>taken down</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="28" />
      <source>Markera kallelsen som skickad</source>
      <translation>Mark the notice as sent</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="29" />
      <source>Markera som genomfört</source>
      <translation>Mark as held</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="30" />
      <source>Justera protokollet</source>
      <translation>Adjust the minutes</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="31" />
      <source>Sätt upp anslaget</source>
      <translation>Post the notice of adjustment</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="32" />
      <source>Ta ned anslaget</source>
      <translation>Take down the posting</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="33" />
      <source>Ångra kallelsen</source>
      <translation>Undo the notice</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="34" />
      <source>Ångra genomfört</source>
      <translation>Undo held</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="36" />
      <source>beslutsärende</source>
      <translation>decision item</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="37" />
      <source>informationsärende</source>
      <translation>information item</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="38" />
      <source>muntlig redovisning</source>
      <translation>oral report</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="39" />
      <source>anmälan av delegationsbeslut</source>
      <translation>report of delegation decisions</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="40" />
      <source>val</source>
      <translation>election</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="41" />
      <source>meddelanden</source>
      <translation>communications</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="43" />
      <source>närvarande</source>
      <translation>present</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="44" />
      <source>tjänstgörande ersättare</source>
      <translation>serving deputy</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="45" />
      <source>ej tjänstgörande ersättare</source>
      <translation>non-serving deputy</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="46" />
      <source>frånvarande</source>
      <translation>absent</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="47" />
      <source>övriga närvarande</source>
      <translation>others present</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="49" />
      <source>ordförande</source>
      <translation>chair</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="50" />
      <source>vice ordförande</source>
      <translation>vice chair</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="51" />
      <source>ledamot</source>
      <translation>member</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="52" />
      <source>ersättare</source>
      <translation>deputy</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="54" />
      <source>förvaltningschef</source>
      <translation>head of administration</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="55" />
      <source>administrativ chef</source>
      <translation>administrative manager</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="56" />
      <source>nämndsekreterare</source>
      <translation>committee secretary</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="57" />
      <source>handläggare</source>
      <translation>case officer</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="58" />
      <source>övrig</source>
      <translation>other</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="60" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="324" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="67" />
      <source>Sammanträde</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="62" />
      <source>måndag</source>
      <translation>Monday</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="63" />
      <source>tisdag</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="64" />
      <source>onsdag</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="65" />
      <source>torsdag</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="66" />
      <source>fredag</source>
      <translation>Friday</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="67" />
      <source>lördag</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="68" />
      <source>söndag</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="70" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="24" />
      <source>januari</source>
      <translation>January</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="71" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="24" />
      <source>februari</source>
      <translation>February</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="72" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="24" />
      <source>mars</source>
      <translation>March</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="73" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="25" />
      <source>april</source>
      <translation>April</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="74" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="25" />
      <source>maj</source>
      <translation>May</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="75" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="25" />
      <source>juni</source>
      <translation>June</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="76" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="26" />
      <source>juli</source>
      <translation>July</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="77" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="26" />
      <source>augusti</source>
      <translation>August</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="78" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="26" />
      <source>september</source>
      <translation>September</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="79" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="27" />
      <source>oktober</source>
      <translation>October</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="80" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="27" />
      <source>november</source>
      <translation>November</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="81" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="27" />
      <source>december</source>
      <translation>December</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="83" />
      <source>laglighetsprövning</source>
      <translation>judicial review of legality</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="84" />
      <source>förvaltningsbesvär</source>
      <translation>administrative appeal</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="86" />
      <source>larm</source>
      <translation>alarm</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="87" />
      <source>larmmottagning</source>
      <translation>receiving the alarm</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="88" />
      <source>bedömning</source>
      <translation>assessment</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="89" />
      <source>allvarlig händelse</source>
      <translation>serious incident</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="90" />
      <source>gruppen samlad</source>
      <translation>group assembled</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="91" />
      <source>utvärdering</source>
      <translation>evaluation</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="93" />
      <source>kommun</source>
      <translation>municipality</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="94" />
      <source>polis</source>
      <translation>police</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="95" />
      <source>räddningstjänst</source>
      <translation>rescue services</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="96" />
      <source>sjukvård</source>
      <translation>health care</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="97" />
      <source>länsstyrelse</source>
      <translation>county administrative board</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="98" />
      <source>försäkring</source>
      <translation>insurance</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="99" />
      <source>fastighet</source>
      <translation>property</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="100" />
      <source>IT</source>
      <translation>IT</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="101" />
      <source>övrigt</source>
      <translation>other</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="103" />
      <source>information</source>
      <translation>information</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="104" />
      <source>beslut</source>
      <translation>decision</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="105" />
      <source>åtgärd</source>
      <translation>action</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="106" />
      <source>lägesbild</source>
      <translation>situation picture</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="108" />
      <source>ej påbörjad</source>
      <translation>not started</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="109" />
      <source>pågår</source>
      <translation>in progress</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="110" />
      <source>klar</source>
      <translation>done</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="111" />
      <source>avbruten</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="113" />
      <source>Händelse</source>
      <translation>Incident</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="114" />
      <source>Vad har hänt, var, när och varför?</source>
      <translation>What has happened, where, when and why?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="115" />
      <source>Konsekvenser</source>
      <translation>Consequences</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="116" />
      <source>Vilka och hur många är drabbade, och hur? Vad är skadat? Medieintresse?</source>
      <translation>Who and how many are affected, and how? What is damaged? Media interest?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="117" />
      <source>Oklarheter</source>
      <translation>Uncertainties</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="118" />
      <source>Vad vet vi inte? Vilken information behöver vi ta in?</source>
      <translation>What do we not know? What information do we need to gather?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="119" />
      <source>Resurser</source>
      <translation>Resources</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="120" />
      <source>Vilka resurser är insatta och med vilka uppgifter? Räcker de? Vad behövs på sikt?</source>
      <translation>Which resources are deployed, and with what tasks? Are they enough? What is needed in the longer term?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="122" />
      <source>saknar person</source>
      <translation>no person</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="123" />
      <source>saknar ersättare</source>
      <translation>no deputy</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="124" />
      <source>saknar telefonnummer</source>
      <translation>no phone number</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="125" />
      <source>platshållare</source>
      <translation>placeholder</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="126" />
      <source>ej kontrollerad</source>
      <translation>not verified</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="127" />
      <source>planen ej fastställd</source>
      <translation>plan not adopted</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="129" />
      <source>procent</source>
      <translation>percent</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="130" />
      <source>antal</source>
      <translation>number</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="131" />
      <source>betyg</source>
      <translation>grade</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="132" />
      <source>index</source>
      <translation>index</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="133" />
      <source>kronor</source>
      <translation>kronor</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="135" />
      <source>Kvinnor och män</source>
      <translation>Women and men</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="136" />
      <source>Kvinnor</source>
      <translation>Women</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="137" />
      <source>Män</source>
      <translation>Men</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="139" />
      <source>Ej startad</source>
      <translation>Not started</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="140" />
      <source>Påbörjad</source>
      <translation>Started</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="141" />
      <source>Väntar</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="142" />
      <source>Klar</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="143" />
      <source>Stoppad</source>
      <translation>Stopped</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="145" />
      <source>föregående utfall</source>
      <translation>previous outcome</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="146" />
      <source>ingående värde</source>
      <translation>baseline</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="148" />
      <source>Grön</source>
      <translation>Green</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="149" />
      <source>Gul</source>
      <translation>Yellow</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="150" />
      <source>Röd</source>
      <translation>Red</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="151" />
      <source>Bra</source>
      <translation>Good</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="152" />
      <source>Ok</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="153" />
      <source>Har brister</source>
      <translation>Has shortcomings</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="154" />
      <source>God måluppfyllelse</source>
      <translation>Good goal achievement</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="155" />
      <source>Godtagbar måluppfyllelse</source>
      <translation>Acceptable goal achievement</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="156" />
      <source>Ej uppfyllt</source>
      <translation>Not achieved</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="157" />
      <source>Ej bedömd</source>
      <translation>Not assessed</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="159" />
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="30" />
      <source>Inkommen</source>
      <translation>Returned</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="160" />
      <source>Saknas</source>
      <translation>Missing</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="161" />
      <source>Försenad</source>
      <translation>Late</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="162" />
      <source>Ej skickad</source>
      <translation>Not sent</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="164" />
      <source>bifall</source>
      <translation>approval</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="165" />
      <source>avslag</source>
      <translation>rejection</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="166" />
      <source>återremiss</source>
      <translation>referral back</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_items.py" line="408" />
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="167" />
      <source>bordläggning</source>
      <translation>postponement</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="168" />
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="239" />
      <source>ändring</source>
      <translation>amendment</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="169" />
      <source>tillägg</source>
      <translation>addition</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="172" />
      <source>Avstår</source>
      <translation>Abstains</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="173" />
      <source>huvudfråga</source>
      <translation>main question</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="174" />
      <source>tilläggsfråga</source>
      <translation>additional question</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="175" />
      <source>ordningsfråga</source>
      <translation>procedural question</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="176" />
      <source>reservation</source>
      <translation>reservation</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="177" />
      <source>protokollsanteckning</source>
      <translation>note in the minutes</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="179" />
      <source>fel</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/core_texts.py" line="180" />
      <source>varning</source>
      <translation>warning</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="325" />
      <source>Ärenden</source>
      <translation>Items</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_preview.py" line="27" />
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="326" />
      <source>Protokoll</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/meetings.py" line="328" />
      <source>Dokument</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="28" />
      <location filename="../../uppfoljning_desktop/ui/crisis_log_model.py" line="16" />
      <source>Nr</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="36" />
      <source>Anmält</source>
      <translation>Reported</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="37" />
      <source>Sista överklagandedag</source>
      <translation>Last day of appeal</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="142" />
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="159" />
      <source>alla</source>
      <translation>all</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/delegation_models.py" line="163" />
      <source>Verksamheten "{name}" finns inte. Kända verksamheter: {known}.</source>
      <translation>The unit "{name}" does not exist. Known units: {known}.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="29" />
      <source>M</source>
      <translation>M</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="29" />
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="30" />
      <source>T</source>
      <translation>T</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="29" />
      <source>O</source>
      <translation>W</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="30" />
      <source>F</source>
      <translation>F</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="30" />
      <source>L</source>
      <translation>S</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="31" />
      <source>S</source>
      <translation>S</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/schedule_year_view.py" line="73" />
      <source>Konflikt</source>
      <translation>Conflict</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="175" />
      <location filename="../../uppfoljning_desktop/ui/meetings_debate.py" line="252" />
      <location filename="../../uppfoljning_desktop/ui/crisis_log_model.py" line="17" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_log_model.py" line="17" />
      <source>Från / till</source>
      <translation>From / to</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_log_model.py" line="18" />
      <source>Beslutat av / ansvarig</source>
      <translation>Decided by / responsible</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_log_model.py" line="68" />
      <source>Rättelse av nr {n}</source>
      <translation>Correction of no. {n}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_log_model.py" line="71" />
      <source>rättad genom nr {n}</source>
      <translation>corrected by no. {n}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="65" />
      <source>Nummer:</source>
      <translation>Number:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="66" />
      <source>Text:</source>
      <translation>Text:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="67" />
      <source>Beskrivning:</source>
      <translation>Description:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="114" />
      <source>t.ex. 89,9 % eller * när värde saknas</source>
      <translation>e.g. 89,9 % or * when there is no value</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="117" />
      <source>okänt</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="125" />
      <source>Redovisas för kvinnor och män</source>
      <translation>Reported for women and men</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="126" />
      <source>Lägre värde är bättre (t.ex. personalomsättning, ranking)</source>
      <translation>A lower value is better (e.g. staff turnover, ranking)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="131" />
      <source>t.ex. Sfi; Grundläggande vuxenutbildning</source>
      <translation>e.g. Sfi; Grundläggande vuxenutbildning</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="134" />
      <source>Spara indikatorn</source>
      <translation>Save the indicator</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="137" />
      <source>Indikator:</source>
      <translation>Indicator:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="138" />
      <source>Enhet:</source>
      <translation>Unit of measure:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="139" />
      <source>Ingående värde:</source>
      <translation>Baseline:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="140" />
      <source>Ingående värdets år:</source>
      <translation>Baseline year:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="141" />
      <source>Riktvärden:</source>
      <translation>Targets:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="142" />
      <source>Källa:</source>
      <translation>Source:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="143" />
      <source>Ansvarig verksamhet:</source>
      <translation>Responsible unit:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="146" />
      <source>Öka/Minska jämförs med:</source>
      <translation>Increase/decrease compared with:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="147" />
      <source>Delgrupper:</source>
      <translation>Subgroups:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="148" />
      <source>Fotnot:</source>
      <translation>Footnote:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="150" />
      <source>indikatorn "{n}"</source>
      <translation>the indicator "{n}"</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="169" />
      <source>Riktvärde {year}: tal, &gt;82,3 %, högst 12 %, Öka, Minska, bibehålla eller *</source>
      <translation>Target {year}: a number, &gt;82,3 %, högst 12 % (at most), Öka (increase), Minska (decrease), bibehålla (maintain) or *</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="174" />
      <source>Riktvärde {year}</source>
      <translation>Target {year}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="237" />
      <source>Q1–Q4, Kontinuerligt eller ett datum ÅÅÅÅ-MM-DD</source>
      <translation>Q1–Q4, Kontinuerligt (continuous) or a date YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="240" />
      <source>Spara aktiviteten</source>
      <translation>Save the activity</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="243" />
      <source>Aktivitet:</source>
      <translation>Activity:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="244" />
      <source>Klart:</source>
      <translation>Due:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="245" />
      <source>Ansvarig:</source>
      <translation>Responsible:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="248" />
      <source>aktiviteten</source>
      <translation>the activity</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="296" />
      <source>Välj ett mål, en indikator eller en aktivitet i trädet.</source>
      <translation>Choose a goal, an indicator or an activity in the tree.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="348" />
      <source>Nämndmål {title}</source>
      <translation>Committee goal {title}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="352" />
      <source>Aktivitet: {text}</source>
      <translation>Activity: {text}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/goals_structure.py" line="355" />
      <source>Målområde: {name}</source>
      <translation>Goal area: {name}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_panel.py" line="36" />
      <source>Skapa mallar …</source>
      <translation>Create templates …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_panel.py" line="38" />
      <source>Påminnelser …</source>
      <translation>Reminders …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_panel.py" line="54" />
      <source>Läs in ifyllda mallar</source>
      <translation>Import filled-in templates</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_panel.py" line="55" />
      <source>Inlämning</source>
      <translation>Returns</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_panel.py" line="56" />
      <source>Inläsningslogg</source>
      <translation>Import log</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_panel.py" line="101" />
      <source>Alla verksamheter som fått en mall har lämnat in för {p}.</source>
      <translation>All units that received a template have returned it for {p}.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="29" />
      <source>Skickad</source>
      <translation>Sent</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="29" />
      <source>Sista dag</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="30" />
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="75" />
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="115" />
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="116" />
      <source>Fil</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="30" />
      <source>Värden</source>
      <translation>Values</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="30" />
      <source>Varningar</source>
      <translation>Warnings</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="60" />
      <source>{r} av {n} verksamheter har lämnat in för {what}.</source>
      <translation>{r} of {n} units have returned their template for {what}.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="75" />
      <source>Inläst</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="75" />
      <source>Gäller</source>
      <translation>Concerns</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="75" />
      <source>Antal</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_board.py" line="76" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="36" />
      <source>Excel-arbetsbok (*.xlsx);;Alla filer (*)</source>
      <translation>Excel workbook (*.xlsx);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="103" />
      <source>Dra hit de ifyllda mallarna från e-posten eller utforskaren, eller välj dem.</source>
      <translation>Drag the filled-in templates here from the e-mail or the file explorer, or choose them.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="104" />
      <source>Välj filer …</source>
      <translation>Choose files …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="105" />
      <source>Ta bort markerade</source>
      <translation>Remove selected</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="106" />
      <source>Läs in</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="115" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="116" />
      <source>Vad</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="116" />
      <source>Före</source>
      <translation>Before</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="116" />
      <source>Efter</source>
      <translation>After</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="127" />
      <source>Fel och varningar</source>
      <translation>Errors and warnings</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="127" />
      <source>Ändringar (före → efter)</source>
      <translation>Changes (before → after)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="143" />
      <source>Välj ifyllda mallar</source>
      <translation>Choose filled-in templates</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="202" />
      <source>Kontrollerar {files} …</source>
      <translation>Checking {files} …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="202" />
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="231" />
      <source>fil</source>
      <translation>file</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="202" />
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="231" />
      <source>filer</source>
      <translation>files</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="231" />
      <source>{files} lästes in.</source>
      <translation>{files} imported.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="237" />
      <source>Filen är felfri: {changes}. Tryck Läs in för att spara.</source>
      <translation>The file has no errors: {changes}. Press Import to save.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="238" />
      <source>Alla {n} filer är felfria: {changes}. Tryck Läs in för att spara.</source>
      <translation>All {n} files have no errors: {changes}. Press Import to save.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="239" />
      <source>ändringar</source>
      <translation>changes</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="203" />
      <source>Kontrollerar filerna …</source>
      <translation>Checking the files …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="233" />
      <source>{r} av {n} filer har fel ({e} st). Inget läses in förrän felen är rättade eller filerna borttagna ur listan.</source>
      <translation>{r} of {n} files have errors ({e} in all). Nothing is imported until the errors are corrected or the files removed from the list.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/excel_import.py" line="260" />
      <source>Läser in …</source>
      <translation>Importing …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/i18n.py" line="24" />
      <source>{what} sparades inte:
• {field}: {message}</source>
      <translation>{what} was not saved:
• {field}: {message}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_correction.py" line="24" />
      <source>Rätta paragraf</source>
      <translation>Correct section</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_correction.py" line="26" />
      <source>Rättelsen sparas som en ny version. Det justerade originalet finns kvar och protokollet visar vad som ändrades, varför, av vem och när.</source>
      <translation>The correction is saved as a new version. The adjusted original is kept, and the minutes show what changed, why, by whom and when.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_correction.py" line="30" />
      <source>Paragraf</source>
      <translation>Section</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_correction.py" line="38" />
      <source>t.ex. skrivfel: beslutet lydde så på sammanträdet</source>
      <translation>e.g. clerical error: this was the decision at the meeting</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_correction.py" line="40" />
      <source>Nuvarande lydelse</source>
      <translation>Current wording</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_correction.py" line="41" />
      <source>Beslut (rättat)</source>
      <translation>Decision (corrected)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_correction.py" line="42" />
      <source>Skäl</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/meetings_correction.py" line="43" />
      <source>Rättad av</source>
      <translation>Corrected by</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/table_model.py" line="89" />
      <source>(ny rad: skriv {column}; sparas då)</source>
      <translation>(new row: type the {column}; saved then)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/undo.py" line="87" />
      <source>borttagning av {name}</source>
      <translation>removal of {name}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/editing.py" line="209" />
      <source>Ingenting av {what} sparades, inte heller det du ändrade i {fields}. Det du skrev finns kvar i formuläret: rätta felet och spara igen.</source>
      <translation>Nothing of {what} was saved, including your changes to {fields}. What you typed is still in the form: correct the error and save again.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/editing.py" line="213" />
      <source>Ingenting av {what} sparades. Det du skrev finns kvar i formuläret: rätta felet och spara igen.</source>
      <translation>Nothing of {what} was saved. What you typed is still in the form: correct the error and save again.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/editing.py" line="249" />
      <source>Du har ändringar som inte är sparade:
{names}

Vill du spara dem?</source>
      <translation>You have unsaved changes:
{names}

Do you want to save them?</translation>
    </message>
  </context>
  <context>
    <name>AdministrationForm</name>
    <message>
      <location filename="../../forms/administration_form.ui" line="5" />
      <source>Kommun och förvaltning</source>
      <translation>Municipality and administration</translation>
    </message>
    <message>
      <location filename="../../forms/administration_form.ui" line="10" />
      <source>&amp;Kommun</source>
      <translation>&amp;Municipality</translation>
    </message>
    <message>
      <location filename="../../forms/administration_form.ui" line="16" />
      <source>&amp;Förvaltning</source>
      <translation>&amp;Administration</translation>
    </message>
    <message>
      <location filename="../../forms/administration_form.ui" line="22" />
      <source>&amp;Postadress</source>
      <translation>&amp;Postal address</translation>
    </message>
    <message>
      <location filename="../../forms/administration_form.ui" line="28" />
      <source>&amp;Besöksadress</source>
      <translation>&amp;Visiting address</translation>
    </message>
    <message>
      <location filename="../../forms/administration_form.ui" line="34" />
      <source>&amp;Växel/Kontaktcenter</source>
      <translation>&amp;Switchboard/contact centre</translation>
    </message>
    <message>
      <location filename="../../forms/administration_form.ui" line="40" />
      <source>&amp;Org.nr</source>
      <translation>&amp;Org. no.</translation>
    </message>
    <message>
      <location filename="../../forms/administration_form.ui" line="46" />
      <source>Ban&amp;kgiro</source>
      <translation>Ban&amp;k giro</translation>
    </message>
    <message>
      <location filename="../../forms/administration_form.ui" line="52" />
      <source>&amp;Webb</source>
      <translation>&amp;Web</translation>
    </message>
    <message>
      <location filename="../../forms/administration_form.ui" line="58" />
      <source>&amp;E-post</source>
      <translation>&amp;E-mail</translation>
    </message>
  </context>
  <context>
    <name>Areas</name>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="34" />
      <source>Sammanträden</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="35" />
      <source>Sammanträdesplan</source>
      <translation>Meeting schedule</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="36" />
      <source>Delegationsbeslut</source>
      <translation>Delegation decisions</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="37" />
      <source>Krisledning</source>
      <translation>Crisis management</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="38" />
      <source>Måluppföljning</source>
      <translation>Goal follow-up</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="39" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="77" />
      <source>{area} är inte tillgängligt ännu i den här versionen av Uppföljning.</source>
      <translation>{area} is not yet available in this version of Uppföljning.</translation>
    </message>
  </context>
  <context>
    <name>CommitteeForm</name>
    <message>
      <location filename="../../forms/committee_form.ui" line="5" />
      <source>Nämnd</source>
      <translation>Committee</translation>
    </message>
    <message>
      <location filename="../../forms/committee_form.ui" line="10" />
      <source>&amp;Nämndens namn</source>
      <translation>&amp;Committee name</translation>
    </message>
    <message>
      <location filename="../../forms/committee_form.ui" line="16" />
      <source>&amp;Förkortning (i diarienummer)</source>
      <translation>&amp;Short code (in case numbers)</translation>
    </message>
    <message>
      <location filename="../../forms/committee_form.ui" line="22" />
      <source>&amp;Diarienummermönster</source>
      <translation>&amp;Case number pattern</translation>
    </message>
    <message>
      <location filename="../../forms/committee_form.ui" line="28" />
      <source>&amp;Kallelsetid</source>
      <translation>&amp;Notice period</translation>
    </message>
    <message>
      <location filename="../../forms/committee_form.ui" line="31" />
      <source> dagar</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../forms/committee_form.ui" line="37" />
      <source>Mönstret kan innehålla {kod}, {år} och {löpnr}, t.ex. {kod}/{år}:{löpnr} → AVUX/2016:59. Kallelsetiden anges i nämndens reglemente.</source>
      <translation>The pattern may contain {kod} (code), {år} (year) and {löpnr} (serial), e.g. {kod}/{år}:{löpnr} → AVUX/2016:59. The notice period is set in the committee's rules of procedure.</translation>
    </message>
  </context>
  <context>
    <name>Crisis</name>
    <message>
      <location filename="../../uppfoljning_desktop/ui/crisis_log_model.py" line="51" />
      <source>Uppföljning</source>
      <translation>Follow-up</translation>
    </message>
  </context>
</TS>
