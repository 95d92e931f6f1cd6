import hbs from 'hbs';
import MarkdownIt from 'markdown-it';

/** Raw HTML in course files is shown as text, never rendered: content cannot inject markup or scripts. */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Safe HTML for a lesson body; a SafeString so that views print it without triple braces. */
export function renderLessonMarkdown(body: string): hbs.SafeString {
  return new hbs.handlebars.SafeString(markdown.render(body));
}
