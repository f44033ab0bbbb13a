"""A small delegationsordning for the delegation tests (two versions, two units)."""

from __future__ import annotations

import datetime as dt

from uppfoljning_desktop.domain.delegation import (
    AppealRoute,
    DelegationDecision,
    DelegationRule,
    RuleSet,
)
from uppfoljning_desktop.domain.organisation import Committee, Unit
from uppfoljning_desktop.store import delegation as dstore
from uppfoljning_desktop.store import organisation as org_store

TODAY = dt.date(2016, 9, 14)


def setup_rules(db) -> dict:
    """Committee, units Jobbcenter and Vuxenutbildning, versions of 2015-02-26 and 2016-02-25."""
    org_store.save_committee(db, Committee(name="Arbetsmarknads- och vuxenutbildningsnämnden", code="AVUX"))
    job = org_store.save_unit(db, Unit(name="Jobbcenter"))
    vux = org_store.save_unit(db, Unit(name="Vuxenutbildning"))
    v1 = dstore.save_ruleset(db, RuleSet(decided_on=dt.date(2015, 2, 26), reference="AVUX/2015:14"))
    dstore.save_rule(db, DelegationRule(
        ruleset_id=v1.id, point="3.2", case_type="Lönebidrag inom kommunen",
        delegate_function="Verksamhetschef", substitute_function="Förvaltningschef",
        conditions="Högst 12 månader", unit_ids=(job.id,),
    ))
    dstore.save_rule(db, DelegationRule(
        ruleset_id=v1.id, point="2.2", case_type="Anställning av övrig personal",
        delegate_function="Verksamhetschef, rektor", substitute_function="Förvaltningschef",
        sub_delegation=True,
    ))
    dstore.save_rule(db, DelegationRule(
        ruleset_id=v1.id, point="1.5", case_type="Yttrande till kommunfullmäktige över motion",
        delegate_function="Förvaltningschef", not_delegable=True,
    ))
    v2 = dstore.create_ruleset_version(db, dt.date(2016, 2, 25), "AVUX/2016:8", copy_from=v1.id)
    dstore.save_rule(db, DelegationRule(
        ruleset_id=v2.id, point="4.1", case_type="Antagning till vuxenutbildning",
        delegate_function="Rektor", appeal_route=AppealRoute.ADMINISTRATIVE, unit_ids=(vux.id,),
    ))
    return {"job": job.id, "vux": vux.id, "v1": v1.id, "v2": v2.id}


def decision(ids: dict, **changes) -> DelegationDecision:
    values = dict(
        decision_date=dt.date(2016, 8, 9), point="3.2", subject="Lönebidrag på fordonsverkstaden",
        decision="Beviljas 12 månader", delegate_name="Petra Lind", delegate_function="Verksamhetschef",
        unit_id=ids["job"], case_number="AVUX/2016:61",
    )
    values.update(changes)
    return DelegationDecision(**values)
