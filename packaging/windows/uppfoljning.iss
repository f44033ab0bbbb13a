; Inno Setup script: per-user install without administrator rights.
; Build after PyInstaller (packaging/windows/build-installer.yml does all of it):
;   iscc /DAppVersion=0.1.0 packaging\windows\uppfoljning.iss
; with the version read from the package (uppfoljning_desktop.__version__), never typed
; here. To sign the programs, the uninstaller and the setup, also pass
;   /DSign "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.example /td sha256 /f cert.pfx /p PASSWORD $f"
; (docs/PACKAGING.md). Without /DSign nothing is signed.
; The database is NOT in the program folder: it lives in %LOCALAPPDATA%\Uppfoljning and
; survives uninstalling and upgrading.

#ifndef AppVersion
  #error AppVersion saknas: bygg med iscc /DAppVersion=<uppfoljning_desktop.__version__> (se docs/PACKAGING.md)
#endif

[Setup]
AppId={{6C7F1B0E-2F4B-4B8E-9A55-1D3C9A2E7F10}
AppName=Uppföljning
AppVersion={#AppVersion}
VersionInfoVersion={#AppVersion}
AppPublisher=Uppföljning
DefaultDirName={localappdata}\Programs\Uppfoljning
DefaultGroupName=Uppföljning
PrivilegesRequired=lowest
OutputBaseFilename=Uppfoljning-{#AppVersion}-setup
OutputDir=..\..\dist
SetupIconFile=uppfoljning.ico
UninstallDisplayIcon={app}\Uppfoljning.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
; The user's PATH (for uppfoljning-cli) and, if chosen, the .sqlite association change.
ChangesEnvironment=yes
ChangesAssociations=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"

[InstallDelete]
; An upgrade replaces the libraries wholesale: files of the old PyInstaller build that
; the new one no longer has (another Qt or Python version) must not linger beside it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; Uppfoljning.exe (windowed) and uppfoljning-cli.exe (console), sharing _internal\.
Source: "..\..\dist\Uppfoljning\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Tasks]
Name: "desktopicon"; Description: "Skapa en genväg på skrivbordet"; Flags: unchecked
Name: "addtopath"; Description: "Gör kommandot uppfoljning-cli tillgängligt i kommandotolken (PATH)"
Name: "associate"; Description: "Öppna .sqlite-filer med Uppföljning"; Flags: unchecked

[Icons]
Name: "{group}\Uppföljning"; Filename: "{app}\Uppfoljning.exe"
Name: "{userdesktop}\Uppföljning"; Filename: "{app}\Uppfoljning.exe"; Tasks: desktopicon

[Registry]
; The program folder on the user's own PATH (HKCU: no administrator rights needed).
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}')); Tasks: addtopath
; Only when the user ticks the task: .sqlite opens with Uppföljning.
Root: HKCU; Subkey: "Software\Classes\Uppfoljning.Databas"; ValueType: string; ValueName: ""; ValueData: "Uppföljningsdatabas"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Uppfoljning.Databas\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Uppfoljning.exe,0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Uppfoljning.Databas\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Uppfoljning.exe"" --db ""%1"""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.sqlite"; ValueType: string; ValueName: ""; ValueData: "Uppfoljning.Databas"; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "Uppfoljning.Databas"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate

[Run]
Filename: "{app}\Uppfoljning.exe"; Description: "Starta Uppföljning"; Flags: nowait postinstall skipifsilent

[Code]
function PathContains(Paths, Dir: string): Boolean;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') > 0;
end;

function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths) then
    Paths := '';
  Result := not PathContains(Paths, Dir);
end;

{ Uninstalling takes the program folder off the user's PATH again. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Paths, Dir: string;
  P: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths) then
    exit;
  Dir := ExpandConstant('{app}');
  P := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';');
  if P = 0 then
    exit;
  { P is Dir's position in ';' + Paths + ';', so Dir starts at Paths[P]: remove it with
    the separator before it (or, first in the list, the one after it). }
  if P = 1 then
    Delete(Paths, 1, Length(Dir) + 1)
  else
    Delete(Paths, P - 1, Length(Dir) + 1);
  RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths);
end;
