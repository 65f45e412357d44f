package vn.i4impact.portal.nomination.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.i4impact.portal.shared.web.Flash;

/**
 * A request over Spring's multipart limits fails before any controller runs; instead of an error page the unit goes
 * back to its dossier with the limits in words.
 */
@ControllerAdvice
class UploadLimits {

	private static final Pattern DOSSIER = Pattern.compile("^/my/nominations/(\\d+)/files$");

	private final long maxFileMb;

	private final long maxTotalMb;

	UploadLimits(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFile,
			@Value("${portal.files.max-per-nomination:100MB}") DataSize maxTotal) {
		this.maxFileMb = maxFile.toMegabytes();
		this.maxTotalMb = maxTotal.toMegabytes();
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request) {
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("flashError", new Flash.Message("myNominations.file.TOO_LARGE", new Object[] { maxFileMb, maxTotalMb }));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher m = DOSSIER.matcher(path);
		String target = m.matches() ? "/my/nominations/" + m.group(1) : "/my/nominations";
		return "redirect:" + target;
	}

}
