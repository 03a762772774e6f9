/**
 * PDF rendering with OpenPDF: {@link dev.clvops.reports.pdf.PdfRenderer} lays out a report document on A4 pages
 * with an embedded Liberation Sans font (from openpdf-fonts-extra, so text stays extractable), a header with the
 * company name and optional logo, a provenance footer, tables that repeat their header across pages, and charts
 * drawn by JFreeChart into PNG images at 216 dpi. Hides the fonts, chart drawing and page decorations.
 */
@NullMarked
package dev.clvops.reports.pdf;

import org.jspecify.annotations.NullMarked;
