<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name />
    <message>
      <location filename="../../uppfoljning_desktop/ui/messages.py" line="27" />
      <source>Ett oväntat fel inträffade. Det du sparat tidigare finns kvar.</source>
      <translation>An unexpected error occurred. What you saved earlier is still there.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/messages.py" line="34" />
      <location filename="../../uppfoljning_desktop/ui/messages.py" line="41" />
      <location filename="../../uppfoljning_desktop/ui/messages.py" line="45" />
      <source>Uppföljning</source>
      <translation>Uppföljning</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="41" />
      <source>Öppna databas …</source>
      <translation>Open database …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="42" />
      <source>Ny databas …</source>
      <translation>New database …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="43" />
      <source>Återställ från säkerhetskopia …</source>
      <translation>Restore from backup …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="60" />
      <location filename="../../uppfoljning_desktop/ui/session.py" line="99" />
      <source>Öppnar databasen …</source>
      <translation>Opening the database …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="103" />
      <source>&amp;Arkiv</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="104" />
      <source>&amp;Ny databas …</source>
      <translation>&amp;New database …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="105" />
      <source>&amp;Öppna databas …</source>
      <translation>&amp;Open database …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="108" />
      <source>Senaste databaser</source>
      <translation>Recent databases</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="112" />
      <source>&amp;Säkerhetskopiera nu</source>
      <translation>&amp;Back up now</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="113" />
      <source>Å&amp;terställ från säkerhetskopia …</source>
      <translation>&amp;Restore from backup …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="117" />
      <source>A&amp;vsluta</source>
      <translation>E&amp;xit</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="119" />
      <source>&amp;Inställningar</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="120" />
      <source>Språk</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="132" />
      <source>&amp;Hjälp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="133" />
      <source>&amp;Om Uppföljning</source>
      <translation>&amp;About Uppföljning</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="152" />
      <source>(inga)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="191" />
      <source>Databasen uppgraderades; en säkerhetskopia sparades först.</source>
      <translation>The database was upgraded; a backup was saved first.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="208" />
      <source>Ingen databas öppen</source>
      <translation>No database open</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="225" />
      <source>Öppna databas</source>
      <translation>Open database</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="231" />
      <source>Ny databas</source>
      <translation>New database</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="237" />
      <source>Filen {path} finns redan. Välj ett annat namn; ingen fil skrivs över.</source>
      <translation>The file {path} already exists. Choose another name; no file is overwritten.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="259" />
      <source>Säkerhetskopierar …</source>
      <translation>Backing up …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="261" />
      <source>Säkerhetskopian sparades:
{path}</source>
      <translation>The backup was saved:
{path}</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="270" />
      <source>Öppna först den databas som ska återställas.</source>
      <translation>First open the database to be restored.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="274" />
      <source>Välj en fil …</source>
      <translation>Choose a file …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="276" />
      <source>Återställ</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="276" />
      <source>Återställ {name} från:</source>
      <translation>Restore {name} from:</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="281" />
      <source>Välj säkerhetskopia</source>
      <translation>Choose backup</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="288" />
      <source>Ersätta allt innehåll i {name} med säkerhetskopian?
Nuvarande innehåll sparas först som en egen säkerhetskopia.</source>
      <translation>Replace all content of {name} with the backup?
The current content is first saved as a backup of its own.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="312" />
      <source>Återställer …</source>
      <translation>Restoring …</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="323" />
      <source>Språket byts när du startar om Uppföljning.</source>
      <translation>The language changes when you restart Uppföljning.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/main_window.py" line="328" />
      <source>{app} {version}
Nämndsekreterarens program för sammanträden, delegationsbeslut, krisledning och måluppföljning.</source>
      <translation>{app} {version}
The committee secretary's program for meetings, delegation decisions, crisis management and goal follow-up.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="71" />
      <source>Lägg till</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="72" />
      <source>Ta bort</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="100" />
      <source>Ta bort {name}?</source>
      <translation>Remove {name}?</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="122" />
      <source>Kommun och förvaltning</source>
      <translation>Municipality and administration</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="140" />
      <source>Nämnd</source>
      <translation>Committee</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="152" />
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="165" />
      <source>Namn</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="153" />
      <source>Parti</source>
      <translation>Party</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="154" />
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="167" />
      <source>Roll</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="155" />
      <source>Mandatperiod från</source>
      <translation>Term from</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="156" />
      <source>Mandatperiod till</source>
      <translation>Term to</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="160" />
      <source>Ny ledamot</source>
      <translation>New member</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="162" />
      <source>Ledamöter</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="166" />
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="168" />
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="169" />
      <source>E-post</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="173" />
      <source>Ny tjänsteperson</source>
      <translation>New official</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="175" />
      <source>Tjänstepersoner</source>
      <translation>Officials</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="178" />
      <source>Verksamhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="179" />
      <source>Chef</source>
      <translation>Head</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="180" />
      <source>Chefens e-post</source>
      <translation>Head's e-mail</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="186" />
      <source>Verksamheter</source>
      <translation>Units</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/organisation.py" line="194" />
      <source>Ny verksamhet</source>
      <translation>New unit</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/session.py" line="51" />
      <source>(process {pid} på {host})</source>
      <translation>(process {pid} on {host})</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/session.py" line="53" />
      <source>Databasen {path} är redan öppen i ett annat Uppföljning-fönster {who}.</source>
      <translation>The database {path} is already open in another Uppföljning window {who}.</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/session.py" line="57" />
      <source>Byt till det fönstret, eller stäng det och försök igen.</source>
      <translation>Switch to that window, or close it and try again.</translation>
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
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="31" />
      <source>Sammanträden</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="32" />
      <source>Sammanträdesplan</source>
      <translation>Meeting schedule</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="33" />
      <source>Delegationsbeslut</source>
      <translation>Delegation decisions</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="34" />
      <source>Krisledning</source>
      <translation>Crisis management</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="35" />
      <source>Måluppföljning</source>
      <translation>Goal follow-up</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="36" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../uppfoljning_desktop/ui/areas/__init__.py" line="74" />
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
</TS>
