; Inno Setup script: a per-machine workstation install of the PyInstaller bundle built on Windows
; with `pyinstaller packaging\compliance-desk.spec` (dist\compliance-desk\). Not buildable on Linux.
#define AppName "Compliance Desk"
#define AppVersion "0.1.0"

[Setup]
AppId={{6E4B2A6C-3B6F-4E86-9C52-0C7B4B2D1A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Compliance Desk
DefaultDirName={autopf}\Compliance Desk
DefaultGroupName=Compliance Desk
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=compliance-desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
LanguageDetectionMethod=uilanguage
ChangesAssociations=yes
SetupIconFile=..\..\resources\compliance-desk.ico

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Files]
Source: "..\..\dist\compliance-desk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Compliance Desk"; Filename: "{app}\compliance-desk.exe"
Name: "{autodesktop}\Compliance Desk"; Filename: "{app}\compliance-desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; .cdesk registers open in Compliance Desk
Root: HKA; Subkey: "Software\Classes\.cdesk"; ValueType: string; ValueData: "ComplianceDesk.Register"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ComplianceDesk.Register"; ValueType: string; ValueData: "Compliance Desk register"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ComplianceDesk.Register\shell\open\command"; ValueType: string; ValueData: """{app}\compliance-desk.exe"" ""%1"""

[Run]
Filename: "{app}\compliance-desk.exe"; Description: "{cm:LaunchProgram,Compliance Desk}"; Flags: nowait postinstall skipifsilent
