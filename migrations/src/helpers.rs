//! Small helpers shared by the migrations.
use sea_orm_migration::prelude::*;

/// A foreign key from `(table, column)` to `target.id`; `cascade` deletes
/// the row with its target, otherwise the target cannot be deleted.
pub fn fk(from: (&'static str, &'static str), to: &'static str, cascade: bool) -> ForeignKeyCreateStatement {
    let mut f = ForeignKey::create();
    f.from(from.0, from.1).to(to, "id");
    f.on_delete(if cascade { ForeignKeyAction::Cascade } else { ForeignKeyAction::Restrict });
    f.take()
}
