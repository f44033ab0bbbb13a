; Inno Setup script: per-user install without administrator rights.
; Build after PyInstaller: iscc packaging\windows\uppfoljning.iss
; The database is NOT in the program folder: it lives in %LOCALAPPDATA%\Uppfoljning and
; survives uninstalling and upgrading.
#define AppVersion "0.1.0"

[Setup]
AppId={{6C7F1B0E-2F4B-4B8E-9A55-1D3C9A2E7F10}
AppName=Uppföljning
AppVersion={#AppVersion}
AppPublisher=Uppföljning
DefaultDirName={localappdata}\Programs\Uppfoljning
DefaultGroupName=Uppföljning
PrivilegesRequired=lowest
OutputBaseFilename=Uppfoljning-{#AppVersion}-setup
OutputDir=..\..\dist
SetupIconFile=uppfoljning.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"

[Files]
Source: "..\..\dist\Uppfoljning\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Uppföljning"; Filename: "{app}\Uppfoljning.exe"
Name: "{userdesktop}\Uppföljning"; Filename: "{app}\Uppfoljning.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Skapa en genväg på skrivbordet"; Flags: unchecked

[Run]
Filename: "{app}\Uppfoljning.exe"; Description: "Starta Uppföljning"; Flags: nowait postinstall skipifsilent
