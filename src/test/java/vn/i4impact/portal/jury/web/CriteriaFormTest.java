package vn.i4impact.portal.jury.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import vn.i4impact.portal.jury.internal.CriteriaRules;
import vn.i4impact.portal.jury.internal.Criterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CriteriaFormTest {

	private static Criterion c(String code, int weight) {
		return new Criterion(null, 1, null, code, "Tên " + code, "Name " + code, null, null, "1: ít\n10: nhiều", null,
				weight, 0, 10, 1);
	}

	private static BeanPropertyBindingResult validate(CriteriaForm form) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		form.validate(errors);
		return errors;
	}

	private static List<String> fieldCodes(BeanPropertyBindingResult errors, String field) {
		return errors.getFieldErrors(field).stream().map(FieldError::getCode).toList();
	}

	@Test
	void aValidSetGivesTheRowsInOrder() {
		CriteriaForm form = CriteriaForm.of(List.of(c("A", 60), c("B", 40)), "1,2");
		assertThat(validate(form).hasErrors()).isFalse();
		List<Criterion> set = form.toData(7, 9L);
		assertThat(set).extracting(Criterion::code, Criterion::weight, Criterion::sortOrder, Criterion::awardId)
			.containsExactly(tuple("A", 60, 1, 9L),
					tuple("B", 40, 2, 9L));
		CriteriaRules.check(set);
	}

	@Test
	void eachBadFieldGetsItsOwnMessageAndTheTotalIsNamed() {
		CriteriaForm form = CriteriaForm.of(List.of(c("A", 60), c("B", 35)), "");
		BeanPropertyBindingResult errors = validate(form);
		assertThat(errors.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly("jury.crit.error.total");
		assertThat(errors.getGlobalErrors().get(0).getArguments()).containsExactly(95);

		form.getRows().get(1).setCode(" a ");
		form.getRows().get(1).setNameEn(" ");
		form.getRows().get(1).setWeight("bốn mươi");
		form.getRows().get(0).setScaleMin("5");
		form.getRows().get(0).setScaleMax("5");
		errors = validate(form);
		assertThat(fieldCodes(errors, "rows[1].code")).containsExactly("jury.crit.error.duplicate");
		assertThat(fieldCodes(errors, "rows[1].nameEn")).containsExactly("jury.crit.error.required");
		assertThat(fieldCodes(errors, "rows[1].weight")).containsExactly("jury.crit.error.number");
		assertThat(fieldCodes(errors, "rows[0].scaleMax")).containsExactly("jury.crit.error.scaleMax");
		assertThat(errors.getFieldValue("rows[1].weight")).as("kept as typed").isEqualTo("bốn mươi");
		assertThat(errors.getGlobalErrors()).as("no total while a weight is not a number").isEmpty();

		form.getRows().get(1).setWeight("0");
		form.getRows().get(0).setScaleMin("-1");
		form.getRows().get(0).setScaleMax("101");
		errors = validate(form);
		assertThat(fieldCodes(errors, "rows[1].weight")).containsExactly("jury.crit.error.weight");
		assertThat(fieldCodes(errors, "rows[0].scaleMin")).containsExactly("jury.crit.error.scaleMin");
		assertThat(fieldCodes(errors, "rows[0].scaleMax")).containsExactly("jury.crit.error.scaleMax");
	}

	@Test
	void rowsAreAddedAndRemovedAndBlankOnesDropped() {
		CriteriaForm form = CriteriaForm.of(List.of(c("A", 60), c("B", 40)), "");
		form.addRow();
		assertThat(form.getRows()).hasSize(3);
		assertThat(form.getRows().get(2).getScaleMax()).as("default scale 0–10").isEqualTo("10");
		assertThat(validate(form).hasErrors()).as("an added row left empty is dropped").isFalse();
		assertThat(form.getRows()).hasSize(2);
		form.removeRow("0");
		form.removeRow("x");
		form.removeRow("9");
		assertThat(form.getRows()).extracting(CriteriaForm.Row::getCode).containsExactly("B");
		form.removeRow("0");
		BeanPropertyBindingResult errors = validate(form);
		assertThat(errors.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly("jury.crit.error.empty");
		for (int i = 0; i < CriteriaForm.MAX_ROWS + 3; i++) {
			form.addRow();
		}
		assertThat(form.getRows()).hasSize(CriteriaForm.MAX_ROWS);
	}

}
