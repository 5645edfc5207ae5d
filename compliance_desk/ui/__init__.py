"""The Qt face: windows, dialogs and table models over the storage use cases."""
