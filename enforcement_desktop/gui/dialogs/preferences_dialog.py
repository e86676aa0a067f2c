"""File ▸ Preferences: the output folder of this database, and how the window comes back.

Nothing here reads the database: the choices are desktop settings (QSettings). The output folder
is kept per database (:class:`~enforcement_desktop.gui.preferences.Preferences`), the window
choices in the main window's store (:class:`~enforcement_desktop.gui.preferences.WindowChoices`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWhatsThis, QWidget

from enforcement_desktop.config import Settings, default_output_folder
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.gui.dialogs.base import find_error_labels
from enforcement_desktop.gui.errors import GENERAL_FIELD, clear_field_errors, show_field_errors
from enforcement_desktop.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from enforcement_desktop.gui.preferences import Preferences, WindowChoices
from enforcement_desktop.gui.widgets.forms import fit_wrapped_labels


class PreferencesDialog(QDialog):
    """The user's choices; OK keeps them, Cancel leaves everything as it was.

    Args:
        settings: The database the application runs on (named in the dialog).
        folders: The folder choices of that database.
        window_choices: The main window's start-up and layout choices.
        parent: The main window.
    """

    def __init__(
        self,
        settings: Settings,
        folders: Preferences,
        window_choices: WindowChoices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        # Shift+F1 then a click explains an input: a modal dialog blocks the main window's
        # What's This action, so the dialog carries its own (as ServiceDialog does).
        self.addAction(QWhatsThis.createAction(self))
        self.folders = folders
        self.window_choices = window_choices
        #: True when OK asked to forget the window layout (the window must not save it again).
        self.layout_forgotten = False
        ui = self.ui
        kind = "the demo database" if settings.demo else "the database"
        ui.databaseLabel.setText(f"For {kind} {settings.db_display}.")
        chosen = folders.chosen_output_folder()
        ui.folderEdit.setText(str(chosen if chosen is not None else default_output_folder()))
        ui.folderEdit.setToolTip(ui.folderEdit.text())
        ui.reopenLastViewCheck.setChecked(window_choices.reopen_last_view())
        ui.chooseFolderButton.clicked.connect(self.choose_folder)
        ui.defaultFolderButton.clicked.connect(self.use_default_folder)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._errors = find_error_labels(
            self, ["output_folder"], shown_under={GENERAL_FIELD: "output_folder"}
        )
        fit_wrapped_labels(self, [ui.outputFolderError, ui.folderHintLabel])

    def choose_folder(self) -> None:
        """Pick the folder, starting from the one shown."""
        chosen = QFileDialog.getExistingDirectory(
            self, "Folder for packs, letters and case files", self.ui.folderEdit.text()
        )
        if chosen:
            self._show_folder(Path(chosen))

    def use_default_folder(self) -> None:
        self._show_folder(default_output_folder())

    def _show_folder(self, folder: Path) -> None:
        self.ui.folderEdit.setText(str(folder))
        self.ui.folderEdit.setToolTip(str(folder))
        clear_field_errors(self._errors)

    def accept(self) -> None:
        clear_field_errors(self._errors)
        text = self.ui.folderEdit.text().strip()
        folder = Path(text).expanduser() if text else default_output_folder()
        if folder.exists() and not folder.is_dir():
            show_field_errors(
                self._errors,
                ValidationError({"output_folder": f"{folder} is a file, not a folder."}),
            )
            return
        # The default is not stored: if the user's Documents folder moves, it follows.
        self.folders.set_output_folder(None if folder == default_output_folder() else folder)
        self.window_choices.set_reopen_last_view(self.ui.reopenLastViewCheck.isChecked())
        if self.ui.forgetLayoutCheck.isChecked():
            self.window_choices.forget_layout()
            self.layout_forgotten = True
        super().accept()


__all__ = ["PreferencesDialog"]
