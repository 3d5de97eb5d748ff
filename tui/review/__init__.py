"""The Review screen (`screen`) and its widgets: the list (`table`), the comparison panel
(`panel`) and its dialogs (`dialogs`: search and link, accept all)."""
