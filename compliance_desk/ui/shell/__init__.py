"""The application shell: unlock, main window, due list, settings, help, reports."""
