"""The main window's actions, by domain: each a small class wired once by `MainWindow`, which
keeps the layout, the navigation and the menus."""
