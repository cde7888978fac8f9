/**
 * The YiBan organisation (易班组织机构): the school leading group, the development centre, the student
 * work station and the colleges' groups and sub-stations, their charters, appointments, the
 * construction plan and the budget. Built on the ledger and directory of {@code yiban-core}.
 */
package edu.yiban.org;
