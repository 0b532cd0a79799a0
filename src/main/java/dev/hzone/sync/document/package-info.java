/**
 * What sync writes for people and programs: plans as text ({@link
 * dev.hzone.sync.document.TextPlanPrinter}) and JSON ({@link
 * dev.hzone.sync.document.JsonPlanPrinter}), saved plans read back ({@link
 * dev.hzone.sync.document.PlanDocumentReader}), and the {@link
 * dev.hzone.sync.document.SerialCache}'s files, which share the plan's JSON form of zone data.
 */
package dev.hzone.sync.document;
